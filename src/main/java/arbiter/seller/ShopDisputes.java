package arbiter.seller;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.dispute.Dispute;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequest;

/** A shop's disputes as its seller sees them, never another shop's: what is asked of the shop, and by when. */
@ApplicationScoped
public class ShopDisputes {

    /** One dispute of the shop with the evidence requests made of the shop, the open one first. */
    public record DisputeView(Dispute dispute, List<EvidenceRequest> requests) {

        /** The request the shop can still answer now, if any. */
        public Optional<EvidenceRequest> open(Instant now) {
            return requests.stream().filter(r -> r.closedAt == null && !now.isAfter(r.dueAt)).findFirst();
        }
    }

    public Optional<DisputeView> find(String shopId, long disputeId) {
        Dispute dispute = Dispute.findById(disputeId);
        if (dispute == null || !dispute.shopId().equals(shopId)) {
            return Optional.empty();
        }
        return Optional.of(new DisputeView(dispute, EvidenceRequest.list(
                "dispute.id = ?1 and party = ?2 order by closedAt nulls first, dueAt desc", disputeId, Party.SELLER)));
    }

    /** For each dispute of the shop with an open request to the shop: its deadline. */
    public Map<Long, Instant> deadlines(String shopId) {
        Map<Long, Instant> deadlines = new HashMap<>();
        EvidenceRequest.<EvidenceRequest> list("dispute.shop.id = ?1 and party = ?2 and closedAt is null", shopId,
                Party.SELLER).forEach(r -> deadlines.merge(r.dispute.id, r.dueAt, (a, b) -> a.isBefore(b) ? a : b));
        return deadlines;
    }
}
