package arbiter.intake;

import arbiter.dispute.DisputeStatus;
import arbiter.ruling.RefundState;
import arbiter.ruling.RulingOutcome;

/** A case as the platform may follow it: its status, and once ruled the outcome and the refund's state. */
public record DisputeState(long id, String caseNo, String externalId, DisputeStatus status, RulingOutcome outcome,
        Long refundAmount, String currency, RefundState refundState) {
}
