package arbiter.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.dispute.Disputes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reminds a party of an open evidence request by mail, {@code arbiter.evidence.reminder-before} (24 h) before its
 * deadline, once (DESIGN "Evidence deadline": "a party with an open request is reminded by mail 24 h before its
 * deadline"). The request records when it was reminded ({@code reminded_at}, V15) in the transaction that puts the
 * mail in the outbox, and only a request not reminded yet is taken: two portal instances sweeping at once remind
 * it once. The seller is written to at the shop's address, the buyer through the platform's buyer-notice mailbox,
 * as their request was ({@link EvidenceRequestMail}).
 */
@ApplicationScoped
public class EvidenceReminders {

    @Inject
    Clock clock;

    @Inject
    EvidenceRules rules;

    @Inject
    Disputes disputes;

    @Inject
    EvidenceRequestMail mail;

    @Scheduled(every = "${arbiter.evidence.deadline-check:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindRegularly() {
        remindDue();
    }

    /**
     * Mails a reminder for every open request whose deadline is within the reminder time and that has none yet,
     * each in a transaction of its own; the number of reminders queued. A request made with less than the reminder
     * time left gets none.
     */
    public int remindDue() {
        Instant now = clock.instant();
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> EvidenceRequest.getEntityManager()
                .createQuery("""
                        select r.id, r.requestedAt, r.dueAt from EvidenceRequest r
                        where r.closedAt is null and r.remindedAt is null and r.dueAt > ?1 and r.dueAt <= ?2""",
                        Object[].class)
                .setParameter(1, now)
                .setParameter(2, now.plus(rules.reminderBefore()))
                .getResultList());
        int reminded = 0;
        for (Object[] row : due) {
            Instant requestedAt = (Instant) row[1];
            Instant dueAt = (Instant) row[2];
            if (requestedAt.plus(rules.reminderBefore()).isBefore(dueAt)) {
                long requestId = (Long) row[0];
                reminded += QuarkusTransaction.requiringNew().call(() -> remind(requestId)) ? 1 : 0;
            }
        }
        return reminded;
    }

    /** Marks the request reminded unless another sweep did, and queues its mail with the mark; true when this did. */
    private boolean remind(long requestId) {
        Instant now = clock.instant();
        int marked = EvidenceRequest.update("remindedAt = ?1 where id = ?2 and remindedAt is null and closedAt is null"
                + " and dueAt > ?1", now, requestId);
        if (marked == 0) {
            return false;
        }
        EvidenceRequest request = EvidenceRequest.findById(requestId);
        mail.remind(disputes.correspondence(request.disputeId()).orElseThrow(), request);
        return true;
    }
}
