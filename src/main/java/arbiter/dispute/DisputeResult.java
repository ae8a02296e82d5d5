package arbiter.dispute;

/**
 * Where a dispute stands in a party's record (issue 17, "The parties' record"): still open, ruled one of the three
 * ways, or withdrawn by the platform.
 *
 * <p>
 * Ruled means ruled <em>in effect</em>: a ruling that waits for a supervisor's approval leaves its dispute
 * {@link #OPEN}, as nothing of it has been executed; a ruling sent back never counts. A refund ruling whose penalty
 * was later overturned on appeal still counts as a refund: the appeal reverses the points and the measure, not the
 * refund.
 */
public enum DisputeResult {
    /** Not decided yet: escalated, in review, awaiting evidence, or ruled and awaiting approval. */
    OPEN,
    /** Ruled in effect: a forced refund of the amount paid. */
    FULL_REFUND,
    /** Ruled in effect: a forced refund of part of the amount paid. */
    PARTIAL_REFUND,
    /** Ruled in effect: the claim failed, the seller won. */
    REJECTED,
    /**
     * Withdrawn by the platform after it had escalated the case (every case here was escalated: the platform
     * withdraws one when the seller settled, the buyer cancelled, or another reason). A case withdrawn as a
     * {@link WithdrawalReason#DUPLICATE duplicate} of another is no dispute of its own and is not counted at all.
     */
    WITHDRAWN;

    /** A forced refund, full or partial: the dispute was ruled for the buyer. */
    public boolean refunded() {
        return this == FULL_REFUND || this == PARTIAL_REFUND;
    }

    /** Ruled in effect, whichever way. */
    public boolean ruled() {
        return refunded() || this == REJECTED;
    }
}
