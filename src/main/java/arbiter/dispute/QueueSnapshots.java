package arbiter.dispute;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Queue pages this instance has read, each kept with the change counter it was read under (V8), and served
 * again only while the counter has not moved: a page is never older than the database, on any instance. The
 * queue is read all day and changes far less often than that; when it changes every page is read afresh.
 */
@ApplicationScoped
class QueueSnapshots {

    /** Views kept at most; past that the oldest are dropped all at once, as the counter will drop them anyway. */
    static final int KEPT = 512;

    private record Kept(long changes, QueuePage page) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    QueuePage page(String view, long changes, Supplier<QueuePage> read) {
        Kept known = kept.get(view);
        if (known != null && known.changes() == changes) {
            return known.page();
        }
        QueuePage fresh = read.get();
        QueuePage frozen = new QueuePage(List.copyOf(fresh.rows()), fresh.next(), Map.copyOf(fresh.counts()));
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(view, new Kept(changes, frozen));
        return frozen;
    }
}
