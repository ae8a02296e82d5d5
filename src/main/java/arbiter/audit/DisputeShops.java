package arbiter.audit;

import java.util.Optional;

/**
 * The shop a dispute is against, as the audit trail writes it beside each event of the dispute (so that the audit
 * page filters by shop in one index). The dispute feature owns the disputes and answers this; the audit trail, below
 * it, asks through this interface and so reads no table of another feature.
 */
public interface DisputeShops {

    /** The platform's id of the shop the dispute {@code disputeId} is against; empty when there is no such dispute. */
    Optional<String> shopOf(long disputeId);
}
