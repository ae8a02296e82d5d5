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

    /**
     * What was decided on a case, as the platform follows it (API {@code GET /api/v1/disputes/{id}}): the effective
     * ruling's outcome and forced refund, in fen of {@code currency}, all null while no ruling is effective; and where
     * the refund's delivery stands, null while there is no refund instruction.
     */
    public record Decided(RulingOutcome outcome, Long refundMinor, String currency, RefundState refundState) {
    }

    /** What was decided on a case so far ({@link Decided}; every field null before a ruling). */
    public Decided decidedFor(long disputeId) {
        Optional<Ruling> ruling = effectiveFor(disputeId);
        return new Decided(ruling.map(r -> r.outcome).orElse(null), ruling.map(r -> r.refundMinor).orElse(null),
                ruling.map(r -> r.currency).orElse(null), refundStateFor(disputeId).orElse(null));
    }

    /** Where the delivery of a case's forced refund stands, if the case has a refund instruction. */
    public Optional<RefundState> refundStateFor(long disputeId) {
        return refundFor(disputeId).map(r -> r.state);
    }

    public Optional<RefundInstruction> refundFor(long disputeId) {
        return RefundInstruction.find("disputeId", disputeId).firstResultOptional();
    }
}
