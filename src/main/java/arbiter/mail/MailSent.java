package arbiter.mail;

import java.time.Instant;

/**
 * A CDI event: the mail server accepted a mail of the outbox. {@code reference} is what the sender gave with it
 * (e.g. {@code penalty-notice:42}), so the feature that sent it can record the fact in its own tables.
 */
public record MailSent(String reference, Instant at) {
}
