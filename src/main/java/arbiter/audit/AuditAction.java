package arbiter.audit;

/** What an audit event records; each shows on a case's timeline under its own label. */
public enum AuditAction {
    ESCALATED,
    CLAIMED,
    RELEASED,
    LEASE_EXPIRED,
    UNLOCKED,
    REASSIGNED,
    NOTE_ADDED,
    EVIDENCE_REQUESTED,
    EVIDENCE_SUBMITTED,
    EVIDENCE_DEADLINE_PASSED,
    RULED,
    RULING_APPROVED,
    RULING_REJECTED,
    REFUND_DELIVERED,
    REFUND_FAILED,
    REFUND_RETRIED,
    /** A supervisor restarted the delivery of a case event the platform's webhook had not acknowledged. */
    EVENT_DELIVERY_RETRIED,
    APPEAL_FILED,
    APPEAL_UPHELD,
    APPEAL_OVERTURNED,
    QA_SAMPLE_DRAWN,
    QA_REVIEWED,
    /** The platform withdrew the case (its API), before any ruling. */
    WITHDRAWN,
    /** A shop opened one of its notices for the first time. */
    NOTICE_READ,
    /** A supervisor wrote a policy clause's new version (or its first), which rulings now cite. */
    CLAUSE_WRITTEN,
    /** A supervisor retired a policy clause: no ruling may cite it any more. */
    CLAUSE_RETIRED,
    /** A supervisor wrote a rationale template's new version (or its first). */
    TEMPLATE_WRITTEN,
    /** A supervisor retired a rationale template: the ruling form no longer offers it. */
    TEMPLATE_RETIRED,
    /** A signed-in user tried a change their role or their hold on the case does not allow (403). */
    ACCESS_DENIED
}
