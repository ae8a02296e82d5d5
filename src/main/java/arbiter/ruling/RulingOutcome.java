package arbiter.ruling;

/** What the arbitrator decided about the refund (DESIGN.md, "Ruling"). */
public enum RulingOutcome {
    FULL_REFUND,
    PARTIAL_REFUND,
    REJECTED
}
