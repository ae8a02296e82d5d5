package arbiter.dispute;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import arbiter.money.Digits;

/** One page of the queue: its rows, where the next page starts (null at the end), and counts per status. */
public record QueuePage(List<QueueRow> rows, QueueFilter.Cursor next, Map<DisputeStatus, Long> counts) {

    /**
     * A status beside its count as the queue's status links show it. The template reads both from the loop's
     * element, so that nothing in the loop looks outside it (a name Qute does not find in the loop's element
     * is looked for in every value resolver before the page's data: see {@code DisputeResource/queue.html}).
     *
     * @param count {@link #countLabel(DisputeStatus)}
     */
    public record StatusCount(DisputeStatus status, String count) {
    }

    /** Every status, in the order of {@link DisputeStatus}, with its count as shown. */
    public List<StatusCount> statusCounts() {
        return Arrays.stream(DisputeStatus.values()).map(s -> new StatusCount(s, countLabel(s))).toList();
    }

    /** A status's count as shown: "1,234", or "10,000+" when a filtered count stopped at its cap. */
    public String countLabel(DisputeStatus status) {
        long n = counts.getOrDefault(status, 0L);
        return n > StatusCounts.CAP ? Digits.grouped(StatusCounts.CAP) + "+" : Digits.grouped(n);
    }
}
