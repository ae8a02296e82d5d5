package arbiter.dispute;

import java.time.Instant;
import java.util.List;

import arbiter.money.Money;
import arbiter.web.TemplateExtensions;

/**
 * One line of the queue. Besides the case's fields it carries the two texts of the line that do not depend on
 * the viewer or the time, made once when the line is read (queue pages are served again from
 * {@link QueueSnapshots} while nothing changed): {@code amountDisplay} is {@code amountPaid} as people read it
 * ({@link Money#display()}), {@code slaDueDatetime} the SLA due time as a {@code datetime} attribute holds it
 * ({@link TemplateExtensions#datetime(Instant)}).
 *
 * @param slaPausedAt when the case began to wait on a party (UTC); null while its clock runs
 * @param slaStoppedAt when its clock ended (ruled, withdrawn; UTC); null before
 * @param noAnswerFrom the parties flagged for letting an evidence period pass, the seller first
 * @param reusedPhoto whether the case holds a photo that is also in another case (issue 17)
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
        Instant slaPausedAt,
        Instant slaStoppedAt,
        List<Party> noAnswerFrom,
        boolean reusedPhoto,
        String amountDisplay,
        String slaDueDatetime) {

    /** A line from the case's fields, with its fixed texts made from them. */
    public QueueRow(long id, String caseNo, DisputeReason reason, Money amountPaid, String shopId, String shopName,
            int shopPoints, Instant escalatedAt, Instant slaDueAt, DisputeStatus status, String assignee,
            Instant slaPausedAt, Instant slaStoppedAt, List<Party> noAnswerFrom, boolean reusedPhoto) {
        this(id, caseNo, reason, amountPaid, shopId, shopName, shopPoints, escalatedAt, slaDueAt, status, assignee,
                slaPausedAt, slaStoppedAt, noAnswerFrom, reusedPhoto, amountPaid.display(),
                TemplateExtensions.datetime(slaDueAt));
    }

    /** A line of a case without a reused photo. */
    public QueueRow(long id, String caseNo, DisputeReason reason, Money amountPaid, String shopId, String shopName,
            int shopPoints, Instant escalatedAt, Instant slaDueAt, DisputeStatus status, String assignee,
            Instant slaPausedAt, Instant slaStoppedAt, List<Party> noAnswerFrom) {
        this(id, caseNo, reason, amountPaid, shopId, shopName, shopPoints, escalatedAt, slaDueAt, status, assignee,
                slaPausedAt, slaStoppedAt, noAnswerFrom, false);
    }

    /** A line of a case whose clock runs and that carries no flag. */
    public QueueRow(long id, String caseNo, DisputeReason reason, Money amountPaid, String shopId, String shopName,
            int shopPoints, Instant escalatedAt, Instant slaDueAt, DisputeStatus status, String assignee) {
        this(id, caseNo, reason, amountPaid, shopId, shopName, shopPoints, escalatedAt, slaDueAt, status, assignee,
                null, null, List.of());
    }

    /** The case's SLA clock (the due time moved past days off is not part of a line). */
    public SlaClock clock() {
        return new SlaClock(status, escalatedAt, slaDueAt, slaPausedAt, slaStoppedAt, null);
    }

    /** Whether the case is overdue at {@code now} by the paused clock ({@link SlaClock#left}). */
    public boolean overdue(Instant now) {
        java.time.Duration left = clock().left(now);
        return left != null && left.isNegative();
    }
}
