package arbiter.event;

/**
 * What happened to a case that the order platform must know (issue 15, DESIGN "Case events"). The data each
 * carries is named beside it; no event names a member of staff (the platform sees "the platform" act).
 */
public enum CaseEventType {
    /** An arbitrator took the case into review. No data. */
    CASE_CLAIMED,
    /** A party was asked for evidence: {@code party}, {@code dueAt} (UTC instant). */
    EVIDENCE_REQUESTED,
    /**
     * A party answered a request: {@code party}, {@code statement} (true when one was written), {@code photos} (their SHA-256
     * hashes).
     */
    EVIDENCE_RECEIVED,
    /** A party's evidence period ended unanswered: {@code party}, {@code dueAt}. */
    EVIDENCE_DEADLINE_PASSED,
    /** A ruling waits for a supervisor's approval (four eyes): {@code outcome}, {@code refund}. */
    RULING_PENDING_APPROVAL,
    /**
     * The case is ruled and the ruling is in effect: {@code outcome}, {@code refund} ({@code amount} in fen and
     * {@code currency}, absent when nothing is refunded), {@code responsibleParty}, {@code penaltyGrade} (absent
     * without a penalty), {@code clause}.
     */
    RULED,
    /** A supervisor sent a ruling back to review instead of approving it. No data. */
    RULING_SENT_BACK,
    /** The payment system confirmed the forced refund: {@code refund}. */
    REFUND_CONFIRMED,
    /** The payment system refused the forced refund for good (until a supervisor retries): {@code refund}, {@code attempts}. */
    REFUND_FAILED,
    /** The shop appealed its penalty: {@code penaltyGrade}. */
    APPEAL_FILED,
    /** A supervisor decided the appeal: {@code verdict} ({@code UPHELD} or {@code OVERTURNED}). */
    APPEAL_DECIDED,
    /** The platform withdrew the case: {@code reason}, {@code withdrawnAt}. */
    WITHDRAWN
}
