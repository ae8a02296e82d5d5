package arbiter.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import arbiter.audit.Actor;
import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.event.CaseEventType;
import arbiter.event.CaseEvents;
import arbiter.event.CaseEvents.CaseRef;
import arbiter.system.SqlValues;
import io.quarkus.scheduler.Scheduled;

/**
 * Who works which case. A case is held by one arbitrator at a time under a lease; every change is one
 * conditional UPDATE, so two arbitrators (or two portal instances) can never hold the same case: "take next"
 * skips rows another transaction has locked, and a claim on a case that changed meanwhile changes nothing.
 */
@ApplicationScoped
@Transactional
public class CaseClaims {

    @Inject
    EntityManager em;

    @Inject
    SlaRules rules;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CaseEvents events;

    /** Claims the most urgent unclaimed case for {@code arbitrator}; empty when the queue is clear. */
    public Optional<Long> takeNext(String arbitrator) {
        Instant now = clock.instant();
        List<?> claimed = em.createNativeQuery("""
                UPDATE disputes SET status = 'IN_REVIEW', assignee = ?1, claimed_at = ?2, lease_expires_at = ?3,
                                    version = version + 1
                WHERE id = (SELECT id FROM disputes
                            WHERE status = 'ESCALATED' AND assignee IS NULL
                            ORDER BY sla_due_at, id
                            LIMIT 1
                            FOR UPDATE SKIP LOCKED)
                RETURNING id, external_id""")
                .setParameter(1, arbitrator)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(rules.lease())))
                .getResultList();
        Optional<Object[]> taken = claimed.stream().findFirst().map(row -> (Object[]) row);
        taken.ifPresent(row -> {
            long id = ((Number) row[0]).longValue();
            audit.record(AuditAction.CLAIMED, Target.dispute(id), null,
                    Map.of("assignee", arbitrator, "via", "take-next"));
            events.record(new CaseRef(id, (String) row[1]), CaseEventType.CASE_CLAIMED, Map.of());
        });
        return taken.map(row -> ((Number) row[0]).longValue());
    }

    /** Claims this case if it waits unclaimed; false when someone else was quicker or it is not in the queue. */
    public boolean claim(long disputeId, String arbitrator) {
        Instant now = clock.instant();
        List<?> claimed = em.createNativeQuery("""
                UPDATE disputes SET status = 'IN_REVIEW', assignee = ?1, claimed_at = ?2, lease_expires_at = ?3,
                                    version = version + 1
                WHERE id = ?4 AND status = 'ESCALATED' AND assignee IS NULL
                RETURNING external_id""")
                .setParameter(1, arbitrator)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(rules.lease())))
                .setParameter(4, disputeId)
                .getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        audit.record(AuditAction.CLAIMED, Target.dispute(disputeId), null, Map.of("assignee", arbitrator));
        events.record(new CaseRef(disputeId, (String) claimed.get(0)), CaseEventType.CASE_CLAIMED, Map.of());
        return true;
    }

    /** Activity on a held case extends its lease; false when the case is no longer held by this arbitrator. */
    public boolean renew(long disputeId, String arbitrator) {
        return update("""
                UPDATE disputes SET lease_expires_at = ?1
                WHERE id = ?2 AND assignee = ?3 AND status = 'IN_REVIEW'""",
                Timestamp.from(clock.instant().plus(rules.lease())), disputeId, arbitrator) == 1;
    }

    /** The holder gives the case back to the queue. */
    public boolean release(long disputeId, String arbitrator) {
        return putBack(disputeId, arbitrator, AuditAction.RELEASED);
    }

    /** A supervisor takes the case away from whoever holds it and puts it back in the queue. */
    public boolean unlock(long disputeId) {
        return putBack(disputeId, null, AuditAction.UNLOCKED);
    }

    /** A supervisor hands a held or waiting case to another arbitrator, with a fresh lease. */
    public boolean reassign(long disputeId, String arbitrator) {
        Instant now = clock.instant();
        List<?> before = em.createNativeQuery("""
                WITH old AS (SELECT id, assignee FROM disputes
                             WHERE id = ?4 AND status IN ('ESCALATED', 'IN_REVIEW') FOR UPDATE)
                UPDATE disputes d SET status = 'IN_REVIEW', assignee = ?1, claimed_at = ?2, lease_expires_at = ?3,
                                      version = d.version + 1
                FROM old WHERE d.id = old.id
                RETURNING coalesce(old.assignee, '')""")
                .setParameter(1, arbitrator)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(rules.lease())))
                .setParameter(4, disputeId)
                .getResultList();
        if (before.isEmpty()) {
            return false;
        }
        audit.record(AuditAction.REASSIGNED, Target.dispute(disputeId), Map.of("assignee", (String) before.get(0)),
                Map.of("assignee", arbitrator));
        return true;
    }

    /**
     * Activity by the holder: renews the lease of the case, which runs out at {@code leaseExpiresAt} (UTC instant; null
     * when none is recorded), when it has run down by the renewal step; false otherwise.
     */
    public boolean renewIfDue(long disputeId, Instant leaseExpiresAt, String arbitrator) {
        Instant renewFrom = clock.instant().plus(rules.lease()).minus(rules.leaseRenewalStep());
        if (leaseExpiresAt != null && leaseExpiresAt.isAfter(renewFrom)) {
            return false;
        }
        return renew(disputeId, arbitrator);
    }

    /**
     * The holder waits for evidence. The lease stays recorded but does not run out while the case waits
     * (expiry only returns cases in review); the answer or the deadline renews it. The SLA clock pauses now
     * (DESIGN "Dispute lifecycle": it pauses while the case waits on a party).
     */
    public boolean awaitEvidence(long disputeId, String holder) {
        return update("""
                UPDATE disputes SET status = 'AWAITING_EVIDENCE', sla_paused_at = ?3, version = version + 1
                WHERE id = ?1 AND status = 'IN_REVIEW' AND assignee = ?2""",
                disputeId, holder, Timestamp.from(clock.instant())) == 1;
    }

    /**
     * Evidence came in or its deadline passed: back in review with its holder, under a fresh lease. The SLA clock
     * resumes: the due time moves later by the time the case waited (counted from the due time before any day off
     * moved it), and the business calendar places it again ({@link BusinessCalendar}). Both in this transaction.
     */
    public boolean resumeReview(long disputeId) {
        Instant now = clock.instant();
        List<?> resumed = em.createNativeQuery("""
                WITH old AS (SELECT id, coalesce(sla_due_moved_from, sla_due_at)
                                        + (CASE WHEN sla_paused_at IS NULL THEN interval '0'
                                                ELSE greatest(?1 - sla_paused_at, interval '0') END) AS unmoved
                             FROM disputes WHERE id = ?2 AND status = 'AWAITING_EVIDENCE' FOR UPDATE)
                UPDATE disputes d SET status = 'IN_REVIEW', lease_expires_at = ?3, sla_paused_at = NULL,
                                      version = d.version + 1
                FROM old WHERE d.id = old.id
                RETURNING old.unmoved""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, disputeId)
                .setParameter(3, Timestamp.from(now.plus(rules.lease())))
                .getResultList();
        if (resumed.isEmpty()) {
            return false;
        }
        BusinessCalendar.Due due = calendar.place(SqlValues.instant(resumed.get(0)));
        if (due.movedFrom() == null) {
            update("UPDATE disputes SET sla_due_at = ?1, sla_due_moved_from = NULL WHERE id = ?2",
                    Timestamp.from(due.at()), disputeId);
        } else {
            update("UPDATE disputes SET sla_due_at = ?1, sla_due_moved_from = ?2 WHERE id = ?3",
                    Timestamp.from(due.at()), Timestamp.from(due.movedFrom()), disputeId);
        }
        return true;
    }

    @Scheduled(every = "${arbiter.sla.lease-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseExpiredLeasesRegularly() {
        releaseExpiredLeases();
    }

    /** Cases whose lease ran out without activity go back to the queue; safe to run on every instance. */
    public int releaseExpiredLeases() {
        List<?> expired = em.createNativeQuery("""
                WITH old AS (SELECT id, assignee FROM disputes
                             WHERE status = 'IN_REVIEW' AND lease_expires_at < ?1 FOR UPDATE SKIP LOCKED)
                UPDATE disputes d SET status = 'ESCALATED', assignee = NULL, claimed_at = NULL,
                                      lease_expires_at = NULL, version = d.version + 1
                FROM old WHERE d.id = old.id
                RETURNING d.id, old.assignee""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .getResultList();
        for (Object row : expired) {
            Object[] columns = (Object[]) row;
            audit.record(Actor.SYSTEM, AuditAction.LEASE_EXPIRED, Target.dispute(((Number) columns[0]).longValue()),
                    Map.of("assignee", (String) columns[1]), null);
        }
        return expired.size();
    }

    /** Back to the queue from IN_REVIEW; only from {@code holder} when one is named. */
    private boolean putBack(long disputeId, String holder, AuditAction action) {
        List<?> before = em.createNativeQuery("""
                WITH old AS (SELECT id, assignee FROM disputes
                             WHERE id = ?1 AND status = 'IN_REVIEW' AND (?2 = '' OR assignee = ?2) FOR UPDATE)
                UPDATE disputes d SET status = 'ESCALATED', assignee = NULL, claimed_at = NULL,
                                      lease_expires_at = NULL, version = d.version + 1
                FROM old WHERE d.id = old.id
                RETURNING old.assignee""")
                .setParameter(1, disputeId)
                .setParameter(2, holder == null ? "" : holder)
                .getResultList();
        if (before.isEmpty()) {
            return false;
        }
        audit.record(action, Target.dispute(disputeId), Map.of("assignee", (String) before.get(0)), null);
        return true;
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
