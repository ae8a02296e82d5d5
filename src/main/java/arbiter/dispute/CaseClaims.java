package arbiter.dispute;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
                RETURNING id""")
                .setParameter(1, arbitrator)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(rules.lease())))
                .getResultList();
        return claimed.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Claims this case if it waits unclaimed; false when someone else was quicker or it is not in the queue. */
    public boolean claim(long disputeId, String arbitrator) {
        Instant now = clock.instant();
        return update("""
                UPDATE disputes SET status = 'IN_REVIEW', assignee = ?1, claimed_at = ?2, lease_expires_at = ?3,
                                    version = version + 1
                WHERE id = ?4 AND status = 'ESCALATED' AND assignee IS NULL""",
                arbitrator, Timestamp.from(now), Timestamp.from(now.plus(rules.lease())), disputeId) == 1;
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
        return update(RELEASE + " AND assignee = ?2", disputeId, arbitrator) == 1;
    }

    /** A supervisor takes the case away from whoever holds it and puts it back in the queue. */
    public boolean unlock(long disputeId) {
        return update(RELEASE, disputeId) == 1;
    }

    /** A supervisor hands a held or waiting case to another arbitrator, with a fresh lease. */
    public boolean reassign(long disputeId, String arbitrator) {
        Instant now = clock.instant();
        return update("""
                UPDATE disputes SET status = 'IN_REVIEW', assignee = ?1, claimed_at = ?2, lease_expires_at = ?3,
                                    version = version + 1
                WHERE id = ?4 AND status IN ('ESCALATED', 'IN_REVIEW')""",
                arbitrator, Timestamp.from(now), Timestamp.from(now.plus(rules.lease())), disputeId) == 1;
    }

    @Scheduled(every = "${arbiter.sla.lease-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseExpiredLeasesRegularly() {
        releaseExpiredLeases();
    }

    /** Cases whose lease ran out without activity go back to the queue; safe to run on every instance. */
    public int releaseExpiredLeases() {
        return em.createNativeQuery("""
                UPDATE disputes SET status = 'ESCALATED', assignee = NULL, claimed_at = NULL, lease_expires_at = NULL,
                                    version = version + 1
                WHERE status = 'IN_REVIEW' AND lease_expires_at < ?1""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    private static final String RELEASE = """
            UPDATE disputes SET status = 'ESCALATED', assignee = NULL, claimed_at = NULL, lease_expires_at = NULL,
                                version = version + 1
            WHERE id = ?1 AND status = 'IN_REVIEW'""";

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
