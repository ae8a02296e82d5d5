package arbiter;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The mails the portal sends in the background, waited for in the test SMTP server (GreenMail). */
public final class Mails {

    /**
     * Long enough to outlast one stalled SMTP conversation (GreenMail gives up on one after 30 s) and the
     * portal's next attempt.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(75);

    private Mails() {
    }

    /** The first received mail whose subject matches; fails when none arrives in time. */
    public static MimeMessage await(Predicate<String> subject, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : TestEnvironment.mail().getReceivedMessages()) {
                if (subject.test(subjectOf(message))) {
                    return message;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no mail arrived: " + what);
    }

    /** All received mails whose subject matches, as many as there are now. */
    public static long count(Predicate<String> subject) {
        long n = 0;
        for (MimeMessage message : TestEnvironment.mail().getReceivedMessages()) {
            n += subject.test(subjectOf(message)) ? 1 : 0;
        }
        return n;
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (java.io.IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
