package arbiter.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Word left for a member of staff, shown once, in a flash, on the next page they open (issue 15: "the holder sees it
 * on the case and in a flash on their next page"; table {@code staff_notices}, V16). The layout asks
 * {@link #forCurrentUser()} as it renders, so a notice is taken only by a page that shows it.
 *
 * <p>
 * A page costs no query for a user nobody left word for: each instance keeps the names with unshown notices in memory,
 * adds a name once the transaction that left it commits, and reads them all again every 10 seconds (so a notice left
 * on another instance shows within that time).
 */
@ApplicationScoped
@Named("staffNotices")
public class StaffNotices {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Left> left;

    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    /**
     * A case the staff member held was withdrawn by the platform.
     *
     * @param disputeId the case's id, for the link
     * @param caseNo its case number, as the notice names it
     */
    public record CaseNotice(long disputeId, String caseNo) {
    }

    /** Word was left for {@code username}; observed once its transaction has committed. */
    record Left(String username) {
    }

    /**
     * Leaves {@code username} word that the platform withdrew the case they held, in the caller's transaction (a
     * withdrawal that rolls back leaves none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseWithdrawn(String username, long disputeId, String caseNo) {
        em.createNativeQuery("""
                INSERT INTO staff_notices (username, kind, dispute_id, case_no, created_at)
                VALUES (?1, 'CASE_WITHDRAWN', ?2, ?3, ?4)""")
                .setParameter(1, username).setParameter(2, disputeId).setParameter(3, caseNo)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        left.fire(new Left(username));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Left notice) {
        waiting.add(notice.username());
    }

    @Scheduled(every = "${arbiter.identity.notice-check:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SuppressWarnings("unchecked")
    void refresh() {
        List<String> names = QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "SELECT DISTINCT username FROM staff_notices WHERE shown_at IS NULL").getResultList());
        waiting.retainAll(names);
        waiting.addAll(names);
    }

    /**
     * The signed-in user's unshown notices, oldest first, marked shown now: the page that asks shows them. No query
     * for a user nobody left word for (or one not signed in).
     */
    @SuppressWarnings("unchecked")
    public List<CaseNotice> forCurrentUser() {
        if (waiting.isEmpty() || !currentUser.isSignedIn() || !waiting.contains(currentUser.getUsername())) {
            return List.of();
        }
        String username = currentUser.getUsername();
        waiting.remove(username);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE staff_notices SET shown_at = ?1 WHERE username = ?2 AND shown_at IS NULL
                RETURNING dispute_id, case_no, id""")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, username).getResultList());
        return rows.stream().sorted(java.util.Comparator.comparingLong(row -> ((Number) row[2]).longValue()))
                .map(row -> new CaseNotice(((Number) row[0]).longValue(), (String) row[1])).toList();
    }
}
