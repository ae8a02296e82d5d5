package arbiter.dispute;

import java.time.Instant;

import arbiter.money.Money;
import arbiter.web.TemplateExtensions;

/**
 * One line of the queue. Besides the case's fields it carries the two texts of the line that do not depend on
 * the viewer or the time, made once when the line is read (queue pages are served again from
 * {@link QueueSnapshots} while nothing changed): {@code amountDisplay} is {@code amountPaid} as people read it
 * ({@link Money#display()}), {@code slaDueDatetime} the SLA due time as a {@code datetime} attribute holds it
 * ({@link TemplateExtensions#datetime(Instant)}).
 */
public record QueueRow(
        long id,
        String caseNo,
        DisputeReason reason,
        Money amountPaid,
        String shopId,
        String shopName,
        int shopPoints,
        Instant escalatedAt,
        Instant slaDueAt,
        DisputeStatus status,
        String assignee,
        String amountDisplay,
        String slaDueDatetime) {

    /** A line from the case's fields, with its fixed texts made from them. */
    public QueueRow(long id, String caseNo, DisputeReason reason, Money amountPaid, String shopId, String shopName,
            int shopPoints, Instant escalatedAt, Instant slaDueAt, DisputeStatus status, String assignee) {
        this(id, caseNo, reason, amountPaid, shopId, shopName, shopPoints, escalatedAt, slaDueAt, status, assignee,
                amountPaid.display(), TemplateExtensions.datetime(slaDueAt));
    }

    public boolean overdue(Instant now) {
        return slaDueAt.isBefore(now);
    }
}
