package arbiter.dispute;

import java.util.List;
import java.util.Map;

import arbiter.money.Digits;

/** One page of the queue: its rows, where the next page starts (null at the end), and counts per status. */
public record QueuePage(List<QueueRow> rows, QueueFilter.Cursor next, Map<DisputeStatus, Long> counts) {

    /** A status's count as shown: "1,234", or "10,000+" when a filtered count stopped at its cap. */
    public String countLabel(DisputeStatus status) {
        long n = counts.getOrDefault(status, 0L);
        return n > StatusCounts.CAP ? Digits.grouped(StatusCounts.CAP) + "+" : Digits.grouped(n);
    }
}
