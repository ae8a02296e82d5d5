package arbiter.seller;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.dispute.Disputes;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;

/**
 * A shop's disputes as its seller sees them, never another shop's: what is asked of the shop, and by when. Reads
 * the disputes from {@link Disputes} and the requests from {@link EvidenceRequests}, their owners.
 */
@ApplicationScoped
public class ShopDisputes {

    @Inject
    Disputes disputes;

    @Inject
    EvidenceRequests evidenceRequests;

    /** One dispute of the shop with the evidence requests made of the shop, the open one first. */
    public record DisputeView(Disputes.Summary dispute, List<EvidenceRequests.Asked> requests) {

        /** The request the shop can still answer now, if any. */
        public Optional<EvidenceRequests.Asked> open(Instant now) {
            return requests.stream().filter(r -> r.closedAt() == null && !now.isAfter(r.dueAt())).findFirst();
        }
    }

    /** The dispute of that id if it is against the shop; empty for another shop's, as for none. */
    public Optional<DisputeView> find(String shopId, long disputeId) {
        return disputes.summary(disputeId).filter(d -> d.shopId().equals(shopId))
                .map(d -> new DisputeView(d, evidenceRequests.askedOf(disputeId, Party.SELLER)));
    }

    /** For each dispute of the shop with an open request to the shop: its deadline. */
    public Map<Long, Instant> deadlines(String shopId) {
        return evidenceRequests.openDeadlines(shopId, Party.SELLER);
    }
}
