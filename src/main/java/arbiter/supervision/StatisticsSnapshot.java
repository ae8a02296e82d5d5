package arbiter.supervision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import arbiter.system.PlatformZone;

/**
 * The statements of one statistics report, read across features on purpose (the per-day counts of V30, which count
 * rulings, appeals and QA reviews, and the rulings themselves), on one connection in one repeatable-read
 * transaction: the counts and the rulings read for the medians are of the same moment. A period is
 * {@code from}..{@code to}, days in the platform's zone (Asia/Shanghai): the UTC instants from the first day's
 * midnight there to the midnight after the last.
 */
final class StatisticsSnapshot {

    /**
     * What an arbitrator's rulings in effect of the period add up to (refunds in fen; those overturned on appeal; QA
     * reviews with a verdict and those agreeing), with their durations.
     */
    record Tally(String arbitrator, long rulings, long slaMet, long refundFen, long fullRefunds,
            long partialRefunds, long rejected, long overturned, long qaReviewed, long qaAgreed,
            DurationHistogram durations) {

        /** Nothing, under nobody: where everyone's tally starts. */
        static Tally none() {
            return new Tally(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, new DurationHistogram());
        }

        /** This tally and another added up, under nobody (everyone's). */
        Tally plus(Tally other) {
            DurationHistogram sum = new DurationHistogram();
            sum.add(durations);
            sum.add(other.durations);
            return new Tally(null, rulings + other.rulings, slaMet + other.slaMet, refundFen + other.refundFen,
                    fullRefunds + other.fullRefunds, partialRefunds + other.partialRefunds, rejected + other.rejected,
                    overturned + other.overturned, qaReviewed + other.qaReviewed, qaAgreed + other.qaAgreed, sum);
        }
    }

    private static final String BUCKET_SUMS = IntStream.range(0, DurationHistogram.BUCKETS)
            .mapToObj(b -> "sum(d%02d)".formatted(b)).collect(Collectors.joining(", "));

    private final Connection connection;
    private final LocalDate from;
    private final LocalDate to;
    private final Instant start;
    private final Instant end;

    StatisticsSnapshot(Connection connection, LocalDate from, LocalDate to) {
        this.connection = connection;
        this.from = from;
        this.to = to;
        this.start = from.atStartOfDay(PlatformZone.ZONE).toInstant();
        this.end = to.plusDays(1).atStartOfDay(PlatformZone.ZONE).toInstant();
    }

    /**
     * Each arbitrator's rulings in effect of the period that departed from their close precedents (issue 17), from the
     * partial index on departures (V24): as rare as departures are, not as many as rulings.
     */
    java.util.Map<String, Long> departures() throws SQLException {
        java.util.Map<String, Long> departures = new java.util.HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT arbitrator, count(*) FROM rulings
                WHERE departure AND state = 'EFFECTIVE' AND ruled_at >= ? AND ruled_at < ?
                GROUP BY arbitrator""")) {
            s.setTimestamp(1, java.sql.Timestamp.from(start));
            s.setTimestamp(2, java.sql.Timestamp.from(end));
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    departures.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return departures;
    }

    /** Each arbitrator with rulings in effect in the period, the most rulings first, then by name. */
    List<Tally> tallies() throws SQLException {
        List<Tally> tallies = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT arbitrator, sum(rulings), sum(sla_met), sum(refund_fen), sum(full_refunds),
                       sum(partial_refunds), sum(rejected), sum(overturned), sum(qa_reviewed), sum(qa_agreed), %s
                FROM ruling_day_counts
                WHERE day >= ? AND day <= ?
                GROUP BY arbitrator
                HAVING sum(rulings) > 0
                ORDER BY sum(rulings) DESC, arbitrator""".formatted(BUCKET_SUMS))) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    DurationHistogram durations = new DurationHistogram();
                    for (int b = 0; b < DurationHistogram.BUCKETS; b++) {
                        durations.add(b, r.getLong(11 + b));
                    }
                    tallies.add(new Tally(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                            r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10), durations));
                }
            }
        }
        return tallies;
    }

    /**
     * The exact median seconds to ruling of each arbitrator's rulings and of everyone's (the last), in one
     * statement: of each histogram, only the rulings of the slices holding the middle ranks are read, in order of
     * duration, through rulings_duration_idx (index-only). Null for a histogram without rulings.
     */
    List<Long> medians(List<Tally> tallies, DurationHistogram everyone) throws SQLException {
        List<Lookup> lookups = new ArrayList<>();
        List<List<Long>> middles = new ArrayList<>();
        for (int owner = 0; owner <= tallies.size(); owner++) {
            boolean one = owner < tallies.size();
            for (DurationHistogram.Slice slice : (one ? tallies.get(owner).durations() : everyone).middle()) {
                lookups.add(new Lookup(owner, one ? tallies.get(owner).arbitrator() : null, slice));
            }
            middles.add(new ArrayList<>());
        }
        if (!lookups.isEmpty()) {
            // A slice of everyone's (a null arbitrator) reads that bucket of every arbitrator of the period.
            try (PreparedStatement s = connection.prepareStatement("""
                    SELECT array(SELECT r.seconds_to_ruling FROM rulings r
                                 WHERE r.state = 'EFFECTIVE'
                                   AND r.arbitrator = ANY (CASE WHEN w.arbitrator IS NULL THEN ?::text[]
                                                                ELSE ARRAY[w.arbitrator] END)
                                   AND ruling_duration_bucket(r.seconds_to_ruling) = w.bucket
                                   AND r.ruled_at >= ? AND r.ruled_at < ?
                                 ORDER BY r.seconds_to_ruling OFFSET w.skip LIMIT w.take)
                    FROM unnest(?::text[], ?::int[], ?::bigint[], ?::int[])
                         WITH ORDINALITY w (arbitrator, bucket, skip, take, n)
                    ORDER BY w.n""")) {
                s.setArray(1, connection.createArrayOf("text", tallies.stream().map(Tally::arbitrator).toArray()));
                s.setObject(2, start.atOffset(ZoneOffset.UTC));
                s.setObject(3, end.atOffset(ZoneOffset.UTC));
                s.setArray(4, connection.createArrayOf("text", lookups.stream().map(Lookup::arbitrator).toArray()));
                s.setArray(5, connection.createArrayOf("int4", lookups.stream().map(l -> l.slice().bucket()).toArray()));
                s.setArray(6, connection.createArrayOf("int8", lookups.stream().map(l -> l.slice().skip()).toArray()));
                s.setArray(7, connection.createArrayOf("int4", lookups.stream().map(l -> l.slice().take()).toArray()));
                try (ResultSet r = s.executeQuery()) {
                    for (Lookup lookup : lookups) {
                        r.next();
                        Object[] values = (Object[]) r.getArray(1).getArray();
                        if (values.length != lookup.slice().take()) {
                            throw new IllegalStateException("ruling_day_counts disagree with the rulings of " + from
                                    + ".." + to + " in duration bucket " + lookup.slice().bucket());
                        }
                        for (Object value : values) {
                            middles.get(lookup.owner()).add(((Number) value).longValue());
                        }
                    }
                }
            }
        }
        return middles.stream().map(middle -> middle.isEmpty() ? null : DurationHistogram.median(middle)).toList();
    }

    /** A slice of the durations of tally {@code owner} (the last: everyone's) to read. */
    private record Lookup(int owner, String arbitrator, DurationHistogram.Slice slice) {
    }

    /**
     * Rulings in effect of each outcome (full refund, partial refund, rejected) per bucket of the period,
     * {@code bucket} being "day", "week" or "month": the buckets with rulings, by their first day, in order.
     */
    Map<LocalDate, long[]> outcomesPer(String bucket) throws SQLException {
        Map<LocalDate, long[]> outcomes = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT CAST(date_trunc('%s', day::timestamp) AS date), sum(full_refunds), sum(partial_refunds),
                       sum(rejected)
                FROM ruling_day_counts
                WHERE day >= ? AND day <= ?
                GROUP BY 1
                ORDER BY 1""".formatted(bucket))) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    outcomes.put(r.getObject(1, LocalDate.class),
                            new long[] { r.getLong(2), r.getLong(3), r.getLong(4) });
                }
            }
        }
        return outcomes;
    }
}
