package arbiter.dispute;

/** Where a dispute stands in its lifecycle (DESIGN.md, "Dispute lifecycle"). */
public enum DisputeStatus {
    ESCALATED,
    IN_REVIEW,
    AWAITING_EVIDENCE,
    PENDING_APPROVAL,
    RULED,
    WITHDRAWN;

    /** Still waiting for a decision: counts against the SLA. */
    public boolean isOpen() {
        return this != RULED && this != WITHDRAWN;
    }
}
