package arbiter.dispute;

import arbiter.money.Money;
import java.time.Instant;

/** One line of the queue, read in a single query. */
public record QueueRow(
        long id,
        String caseNo,
        DisputeReason reason,
        Money amountPaid,
        String shopName,
        Instant escalatedAt,
        Instant slaDueAt,
        DisputeStatus status,
        String assignee) {

    public boolean overdue(Instant now) {
        return slaDueAt.isBefore(now);
    }
}
