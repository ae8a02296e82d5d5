package arbiter.supervision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arbiter.money.Money;
import arbiter.ruling.RulingOutcome;
import arbiter.system.PlatformZone;
import io.agroal.api.AgroalDataSource;

/**
 * The statistics of a period as they were computed before ruling_day_counts (V30): one scan of the period's
 * rulings with percentile_cont, the reference the counts and the medians read from buckets must equal. Answers the
 * report as its CSV followed by its trend, one line a bucket, so that two reports compare as text.
 */
final class DirectScan {

    private DirectScan() {
    }

    static String of(AgroalDataSource db, LocalDate from, LocalDate to) throws SQLException {
        Instant start = from.atStartOfDay(PlatformZone.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(PlatformZone.ZONE).toInstant();
        try (Connection c = db.getConnection()) {
            Map<String, long[]> overturned = counts(c, start, end, """
                    SELECT r.arbitrator, count(*), 0
                    FROM rulings r JOIN penalties p ON p.ruling_id = r.id JOIN appeals a ON a.penalty_id = p.id
                    WHERE r.state = 'EFFECTIVE' AND r.ruled_at >= ? AND r.ruled_at < ? AND a.state = 'OVERTURNED'
                    GROUP BY GROUPING SETS ((r.arbitrator), ())""");
            Map<String, long[]> qa = counts(c, start, end, """
                    SELECT r.arbitrator, count(*), count(*) FILTER (WHERE q.verdict = 'AGREE')
                    FROM rulings r JOIN qa_reviews q ON q.ruling_id = r.id
                    WHERE r.state = 'EFFECTIVE' AND r.ruled_at >= ? AND r.ruled_at < ? AND q.verdict IS NOT NULL
                    GROUP BY GROUPING SETS ((r.arbitrator), ())""");
            Statistics.Figures overall = null;
            List<Statistics.Figures> arbitrators = new ArrayList<>();
            try (ResultSet r = query(c, start, end, """
                    SELECT arbitrator, count(*), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds_to_ruling)),
                           count(*) FILTER (WHERE sla_met), coalesce(sum(refund_amount), 0),
                           count(*) FILTER (WHERE outcome = 'FULL_REFUND'),
                           count(*) FILTER (WHERE outcome = 'PARTIAL_REFUND'),
                           count(*) FILTER (WHERE outcome = 'REJECTED'),
                           GROUPING(arbitrator), count(*) FILTER (WHERE departure)
                    FROM rulings
                    WHERE state = 'EFFECTIVE' AND ruled_at >= ? AND ruled_at < ?
                    GROUP BY GROUPING SETS ((arbitrator), ())
                    ORDER BY GROUPING(arbitrator) DESC, count(*) DESC, arbitrator""")) {
                while (r.next()) {
                    String arbitrator = r.getInt(9) == 1 ? null : r.getString(1);
                    Map<RulingOutcome, Long> outcomes = new EnumMap<>(RulingOutcome.class);
                    outcomes.put(RulingOutcome.FULL_REFUND, r.getLong(6));
                    outcomes.put(RulingOutcome.PARTIAL_REFUND, r.getLong(7));
                    outcomes.put(RulingOutcome.REJECTED, r.getLong(8));
                    long[] over = overturned.getOrDefault(arbitrator, new long[2]);
                    long[] reviewed = qa.getOrDefault(arbitrator, new long[2]);
                    long seconds = r.getLong(3);
                    java.time.Duration median = r.wasNull() ? null : java.time.Duration.ofSeconds(seconds);
                    Statistics.Figures figures = new Statistics.Figures(arbitrator, r.getLong(2), median, r.getLong(4),
                            Money.yuan(r.getLong(5)), outcomes, over[0], reviewed[0], reviewed[1], r.getLong(10));
                    if (arbitrator == null) {
                        overall = figures;
                    } else {
                        arbitrators.add(figures);
                    }
                }
            }
            String bucket = Statistics.bucketOf(from, to);
            Map<LocalDate, Map<RulingOutcome, Long>> trend = new LinkedHashMap<>();
            try (ResultSet r = query(c, start, end, """
                    SELECT CAST(date_trunc('%s', ruled_at AT TIME ZONE 'Asia/Shanghai') AS date), outcome, count(*)
                    FROM rulings
                    WHERE state = 'EFFECTIVE' AND ruled_at >= ? AND ruled_at < ?
                    GROUP BY 1, 2""".formatted(bucket))) {
                while (r.next()) {
                    trend.computeIfAbsent(r.getObject(1, LocalDate.class), d -> new EnumMap<>(RulingOutcome.class))
                            .put(RulingOutcome.valueOf(r.getString(2)), r.getLong(3));
                }
            }
            return StatisticsCsv.of(new Statistics.Report(from, to, overall, arbitrators, bucket, List.of(), null))
                    + trend(trend);
        }
    }

    /** A report as the same text: its CSV, then each bucket of its trend that has rulings. */
    static String of(Statistics.Report report) {
        Map<LocalDate, Map<RulingOutcome, Long>> trend = new LinkedHashMap<>();
        report.trend().stream().filter(b -> b.total() > 0).forEach(b -> trend.put(b.start(), b.outcomes()));
        return StatisticsCsv.of(report) + trend(trend);
    }

    private static String trend(Map<LocalDate, Map<RulingOutcome, Long>> trend) {
        StringBuilder text = new StringBuilder();
        trend.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
        return text.toString();
    }

    private static Map<String, long[]> counts(Connection c, Instant start, Instant end, String sql)
            throws SQLException {
        Map<String, long[]> counts = new LinkedHashMap<>();
        try (ResultSet r = query(c, start, end, sql)) {
            while (r.next()) {
                counts.put(r.getString(1), new long[] { r.getLong(2), r.getLong(3) });
            }
        }
        return counts;
    }

    private static ResultSet query(Connection c, Instant start, Instant end, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.closeOnCompletion();
        s.setObject(1, start.atOffset(ZoneOffset.UTC));
        s.setObject(2, end.atOffset(ZoneOffset.UTC));
        return s.executeQuery();
    }
}
