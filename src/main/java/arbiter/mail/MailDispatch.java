package arbiter.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The portal's mails, through an outbox (V11): {@link #send} stores the mail and tries it at once in the
 * background; one that the mail server does not accept waits and is tried again, with a pause that doubles from
 * 5 seconds up to 10 minutes, until it is accepted. So a slow or stalled mail server delays a mail, never the
 * person whose request caused it, and a mail server that is down loses nothing: its mails go out once it is back.
 * A mail is held by one sender at a time (a lease), so no two portal instances send it twice.
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);
    /** How long one sender holds a mail; longer than the mailer's connect and send timeouts together. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailSent> sent;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ExecutorService senders = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "mail-dispatch");
        thread.setDaemon(true);
        return thread;
    });

    /** Sends {@code mail} (text, one or more recipients); {@code about} names it in the log. */
    public void send(Mail mail, String about) {
        send(mail, about, null);
    }

    /**
     * Stores {@code mail} in the outbox, in a transaction of its own, and tries it at once in the background.
     * Once the server accepts it, {@link MailSent} is fired with {@code reference} (may be null).
     */
    public void send(Mail mail, String about, String reference) {
        Instant now = clock.instant();
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                INSERT INTO mail_outbox (recipients, subject, body, about, reference, created_at, next_attempt_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id""")
                .setParameter(1, String.join(",", mail.getTo()))
                .setParameter(2, mail.getSubject())
                .setParameter(3, mail.getText())
                .setParameter(4, about)
                .setParameter(5, reference)
                .setParameter(6, Timestamp.from(now))
                .getSingleResult()).longValue());
        senders.submit(() -> attempt(id));
    }

    /**
     * Stores {@code mail} in the outbox as part of the caller's transaction, and tries it in the background once that
     * transaction has committed: the mail exists exactly when the change that decided it does (an evidence reminder
     * and the record that it was sent). {@code about} names it in the log.
     *
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Mail mail, String about) {
        long id = ((Number) em.createNativeQuery("""
                INSERT INTO mail_outbox (recipients, subject, body, about, created_at, next_attempt_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING id""")
                .setParameter(1, String.join(",", mail.getTo()))
                .setParameter(2, mail.getSubject())
                .setParameter(3, mail.getText())
                .setParameter(4, about)
                .setParameter(5, Timestamp.from(clock.instant()))
                .getSingleResult()).longValue();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    senders.submit(() -> attempt(id));
                }
            }
        });
    }

    @Scheduled(every = "${arbiter.mail.relay-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayRegularly() {
        deliverDue();
    }

    /** Tries every mail that is due now, a batch at a time; the number the server accepted. */
    @SuppressWarnings("unchecked")
    public int deliverDue() {
        int accepted = 0;
        List<Number> due;
        do {
            Instant now = clock.instant();
            due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    SELECT id FROM mail_outbox
                    WHERE sent_at IS NULL AND next_attempt_at <= ?1 AND (locked_until IS NULL OR locked_until < ?1)
                    ORDER BY next_attempt_at LIMIT ?2""")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, BATCH).getResultList());
            for (Number id : due) {
                accepted += attempt(id.longValue()) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return accepted;
    }

    /** One attempt at mail {@code id}, if no other sender holds it and it is not sent; true once accepted. */
    private boolean attempt(long id) {
        Instant now = clock.instant();
        List<?> taken = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE mail_outbox SET locked_until = ?1, attempts = attempts + 1
                WHERE id = ?2 AND sent_at IS NULL AND (locked_until IS NULL OR locked_until < ?3)
                RETURNING recipients, subject, body, about, reference, attempts""")
                .setParameter(1, Timestamp.from(now.plus(LEASE))).setParameter(2, id)
                .setParameter(3, Timestamp.from(now)).getResultList());
        if (taken.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) taken.get(0);
        String about = (String) row[3];
        int attempts = ((Number) row[5]).intValue();
        Mail mail = Mail.withText((String) row[0], (String) row[1], (String) row[2]);
        mail.setTo(List.of(((String) row[0]).split(",")));
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            Duration pause = pauseAfter(attempts);
            // A timeout (quarkus.mailer.timeout) has no message: its type says what happened.
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            LOG.warnf("The mail about %s was not accepted (attempt %d): %s; trying again in %d s", about, attempts,
                    error, pause.toSeconds());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    UPDATE mail_outbox SET locked_until = NULL, next_attempt_at = ?1, last_error = ?2 WHERE id = ?3""")
                    .setParameter(1, Timestamp.from(clock.instant().plus(pause)))
                    .setParameter(2, error)
                    .setParameter(3, id).executeUpdate());
            return false;
        }
        Instant at = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE mail_outbox SET sent_at = ?1, locked_until = NULL, last_error = NULL WHERE id = ?2")
                .setParameter(1, Timestamp.from(at)).setParameter(2, id).executeUpdate());
        if (row[4] != null) {
            sent.fire(new MailSent((String) row[4], at));
        }
        return true;
    }

    /** The pause after {@code attempts} failed attempts: 5 s, doubling, at most 10 minutes. */
    static Duration pauseAfter(int attempts) {
        return arbiter.system.Backoff.doubling(FIRST_PAUSE, LONGEST_PAUSE, attempts);
    }

    @PreDestroy
    void finishSending() throws InterruptedException {
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.SECONDS);
    }
}
