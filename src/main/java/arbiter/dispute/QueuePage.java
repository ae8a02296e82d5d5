package arbiter.dispute;

import java.util.List;
import java.util.Map;

/** One page of the queue: its rows, where the next page starts (null at the end), and counts per status. */
public record QueuePage(List<QueueRow> rows, QueueFilter.Cursor next, Map<DisputeStatus, Long> counts) {
}
