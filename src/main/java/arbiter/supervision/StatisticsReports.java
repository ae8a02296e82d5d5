package arbiter.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.system.PlatformZone;
import io.quarkus.scheduler.Scheduled;

/**
 * Statistics reports as the pages get them. The periods offered on the page (the last 7, 30, 90, 365 and 730
 * days) are computed ahead, in the background, and served as they stand (the page says as of when); a period of the
 * supervisor's own choosing is computed when asked and kept briefly, as the page and its two charts ask for
 * it together. Over a million rulings a report takes seconds to compute; the prepared ones take none.
 */
@ApplicationScoped
public class StatisticsReports {

    /** The periods kept ready, in days up to today. */
    public static final List<Integer> PREPARED_DAYS = List.of(7, 30, 90, 365, 730);
    private static final int KEPT_PERIODS = 64;

    @Inject
    Statistics statistics;

    @Inject
    StatisticsRules rules;

    @Inject
    Clock clock;

    private record Kept(Statistics.Report report, Instant until) {
    }

    private volatile Map<String, Statistics.Report> prepared = Map.of();
    private final Map<String, Kept> recent = new ConcurrentHashMap<>();

    public Statistics.Report report(LocalDate from, LocalDate to) {
        String key = from + "/" + to;
        Statistics.Report ready = prepared.get(key);
        if (ready != null) {
            return ready;
        }
        Instant now = clock.instant();
        Kept kept = recent.get(key);
        if (kept != null && kept.until().isAfter(now)) {
            return kept.report();
        }
        Statistics.Report report = statistics.compute(from, to);
        if (recent.size() >= KEPT_PERIODS) {
            recent.clear();
        }
        recent.put(key, new Kept(report, now.plus(rules.reportKeptFor())));
        return report;
    }

    /** Computes the offered periods again; the previous ones are served until the new ones are ready. */
    @Scheduled(every = "${arbiter.statistics.prepare-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void prepare() {
        LocalDate today = today();
        Map<String, Statistics.Report> fresh = new HashMap<>();
        for (int days : PREPARED_DAYS) {
            LocalDate from = today.minusDays(days - 1L);
            fresh.put(from + "/" + today, statistics.compute(from, today));
        }
        prepared = Map.copyOf(fresh);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformZone.ZONE));
    }
}
