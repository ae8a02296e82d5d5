package arbiter.ruling;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Reading what was ruled on a case and where its refund stands. */
@ApplicationScoped
public class Rulings {

    public Optional<Ruling> effectiveFor(long disputeId) {
        return Ruling.find("dispute.id = ?1 and state = ?2", disputeId, RulingState.EFFECTIVE).firstResultOptional();
    }

    /** The latest ruling of a case, whatever its state. */
    public Optional<Ruling> latestFor(long disputeId) {
        return Ruling.find("dispute.id = ?1 order by ruledAt desc, id desc", disputeId).firstResultOptional();
    }

    public Optional<RefundInstruction> refundFor(long disputeId) {
        return RefundInstruction.find("disputeId", disputeId).firstResultOptional();
    }
}
