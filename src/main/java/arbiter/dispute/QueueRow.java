package arbiter.dispute;

import arbiter.money.Money;
import java.time.Instant;

/** One line of the queue. */
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
        String assignee) {

    public boolean overdue(Instant now) {
        return slaDueAt.isBefore(now);
    }
}
