package arbiter.ruling;

import arbiter.dispute.DisputeResult;

/** What the arbitrator decided about the refund (DESIGN.md, "Ruling"). */
public enum RulingOutcome {
    FULL_REFUND,
    PARTIAL_REFUND,
    REJECTED;

    /** Where a dispute ruled this way stands once the ruling is in effect (the parties' record, issue 17). */
    public DisputeResult result() {
        return switch (this) {
            case FULL_REFUND -> DisputeResult.FULL_REFUND;
            case PARTIAL_REFUND -> DisputeResult.PARTIAL_REFUND;
            case REJECTED -> DisputeResult.REJECTED;
        };
    }
}
