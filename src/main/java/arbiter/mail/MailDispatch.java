package arbiter.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends the portal's mails in the background: a slow or stalled mail server delays the mail, never the
 * person or the platform whose request caused it. A failed send is logged with what it was about; the
 * thing it announces (the case, the request, the notice) stands and can be read in the portal.
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class);

    @Inject
    Mailer mailer;

    private static final int ATTEMPTS = 3;
    private static final long PAUSE_SECONDS = 2;

    private final java.util.concurrent.ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "mail-retry");
                thread.setDaemon(true);
                return thread;
            });

    private final ExecutorService senders = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "mail-dispatch");
        thread.setDaemon(true);
        return thread;
    });

    /** Sends {@code mail}; {@code afterSent} runs once it was accepted by the mail server. */
    public void send(Mail mail, String about, Runnable afterSent) {
        senders.submit(() -> attempt(mail, about, afterSent, 1));
    }

    /** One attempt; a failed one is tried again on a fresh connection after a pause, up to the budget. */
    private void attempt(Mail mail, String about, Runnable afterSent, int attempt) {
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            if (attempt >= ATTEMPTS) {
                LOG.errorf(e, "The mail about %s to %s could not be sent after %d attempts", about, mail.getTo(),
                        attempt);
                return;
            }
            LOG.warnf("The mail about %s to %s failed (attempt %d): %s; trying again", about, mail.getTo(), attempt,
                    e.getMessage());
            retries.schedule(() -> senders.submit(() -> attempt(mail, about, afterSent, attempt + 1)),
                    PAUSE_SECONDS * attempt, TimeUnit.SECONDS);
            return;
        }
        afterSent.run();
    }

    public void send(Mail mail, String about) {
        send(mail, about, () -> { });
    }

    @PreDestroy
    void finishSending() throws InterruptedException {
        retries.shutdown();
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.SECONDS);
    }
}
