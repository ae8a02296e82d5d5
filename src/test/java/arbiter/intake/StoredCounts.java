package arbiter.intake;

import arbiter.dispute.Dispute;
import arbiter.evidence.ChatMessage;
import arbiter.evidence.EvidenceItem;
import arbiter.evidence.Photo;
import arbiter.evidence.PhotoVariant;
import arbiter.shop.Shop;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** How many of each thing an intake request could write: equal before and after means nothing was stored. */
public record StoredCounts(long disputes, long chatMessages, long evidenceItems, long photos, long variants,
        long shops) {

    public static StoredCounts now() {
        return QuarkusTransaction.requiringNew().call(() -> new StoredCounts(Dispute.count(), ChatMessage.count(),
                EvidenceItem.count(), Photo.count(), PhotoVariant.count(), Shop.count()));
    }

    public static long disputesWithExternalId(String externalId) {
        return QuarkusTransaction.requiringNew().call(() -> Dispute.count("externalId", externalId));
    }
}
