package arbiter.supervision;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.money.Money;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;

/**
 * How well the arbitrators rule, over a period: rulings in effect, median time from escalation to ruling,
 * share ruled within the SLA, refunds ordered, the outcome mix, how many were overturned on appeal, and QA
 * agreement. A read model across features on purpose: the time to ruling and the SLA are kept on each ruling
 * when it is made (V7), and every figure that adds up, appeals overturned and QA reviews included, is kept per day
 * and arbitrator as rulings, appeals and reviews change (V30). A period of any length then costs a sum over its
 * days, and the rulings of the one or two duration buckets that hold each exact median. Refunds are in yuan (CNY),
 * the platform's currency.
 */
@ApplicationScoped
public class Statistics {

    @Inject
    AgroalDataSource dataSource;

    /**
     * The figures of one arbitrator, or of everyone when {@code arbitrator} is null; {@code departures} are the rulings
     * that went against at least 80 % of at least 10 close precedents (issue 17, DESIGN "Ruling").
     */
    public record Figures(String arbitrator, long rulings, Duration medianToRuling, long slaMet, Money refunds,
            Map<RulingOutcome, Long> outcomes, long overturned, long qaReviewed, long qaAgreed, long departures) {

        /** Figures without departures counted. */
        public Figures(String arbitrator, long rulings, Duration medianToRuling, long slaMet, Money refunds,
                Map<RulingOutcome, Long> outcomes, long overturned, long qaReviewed, long qaAgreed) {
            this(arbitrator, rulings, medianToRuling, slaMet, refunds, outcomes, overturned, qaReviewed, qaAgreed, 0);
        }

        public long slaMetPercent() {
            return percent(slaMet, rulings);
        }

        public long overturnPercent() {
            return percent(overturned, rulings);
        }

        public long qaAgreementPercent() {
            return percent(qaAgreed, qaReviewed);
        }

        public long outcome(RulingOutcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        public long fullRefunds() {
            return outcome(RulingOutcome.FULL_REFUND);
        }

        public long partialRefunds() {
            return outcome(RulingOutcome.PARTIAL_REFUND);
        }

        public long rejected() {
            return outcome(RulingOutcome.REJECTED);
        }

        private static long percent(long part, long whole) {
            return whole == 0 ? 0 : Math.round(100.0 * part / whole);
        }
    }

    /** How many rulings of each outcome were made in one bucket of the period (a day, a week or a month). */
    public record Bucket(LocalDate start, Map<RulingOutcome, Long> outcomes) {

        public long total() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A period's report: everyone first, then each arbitrator (most rulings first), and the trend. */
    public record Report(LocalDate from, LocalDate to, Figures overall, List<Figures> arbitrators, String bucket,
            List<Bucket> trend, Instant computedAt) {

        /** Everyone, then each arbitrator: the rows of the table. */
        public List<Figures> rows() {
            List<Figures> rows = new ArrayList<>(arbitrators.size() + 1);
            rows.add(overall);
            rows.addAll(arbitrators);
            return rows;
        }
    }

    /**
     * Computes a period's report, {@code from}..{@code to} being days in the platform's zone: the sums of the
     * period's days in ruling_day_counts (V30), and the exact medians from the rulings of the duration buckets that
     * hold the middle ones, in one snapshot. Runs outside any transaction of the caller's.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Report compute(LocalDate from, LocalDate to) {
        Instant computedAt = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement s = connection.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                Report report = compute(new StatisticsSnapshot(connection, from, to), from, to, computedAt);
                connection.commit();
                return report;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics of " + from + ".." + to, e);
        }
    }

    private Report compute(StatisticsSnapshot snapshot, LocalDate from, LocalDate to, Instant computedAt)
            throws SQLException {
        List<StatisticsSnapshot.Tally> tallies = snapshot.tallies();
        StatisticsSnapshot.Tally everyone = tallies.stream().reduce(StatisticsSnapshot.Tally.none(),
                StatisticsSnapshot.Tally::plus);
        List<Long> medians = snapshot.medians(tallies, everyone.durations());
        Map<String, Long> departures = snapshot.departures();

        List<Figures> arbitrators = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            arbitrators.add(figures(tallies.get(i), medians.get(i),
                    departures.getOrDefault(tallies.get(i).arbitrator(), 0L)));
        }
        Figures overall = figures(everyone, medians.get(tallies.size()),
                departures.values().stream().mapToLong(Long::longValue).sum());
        String bucket = bucketOf(from, to);
        return new Report(from, to, overall, arbitrators, bucket, trend(snapshot, from, to, bucket), computedAt);
    }

    private static Figures figures(StatisticsSnapshot.Tally t, Long median, long departures) {
        Map<RulingOutcome, Long> outcomes = new EnumMap<>(RulingOutcome.class);
        outcomes.put(RulingOutcome.FULL_REFUND, t.fullRefunds());
        outcomes.put(RulingOutcome.PARTIAL_REFUND, t.partialRefunds());
        outcomes.put(RulingOutcome.REJECTED, t.rejected());
        return new Figures(t.arbitrator(), t.rulings(), median == null ? null : Duration.ofSeconds(median),
                t.slaMet(), Money.yuan(t.refundFen()), outcomes, t.overturned(), t.qaReviewed(), t.qaAgreed(),
                departures);
    }

    /** Days for up to two months, weeks for up to a year, months beyond. */
    static String bucketOf(LocalDate from, LocalDate to) {
        long days = Duration.between(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).toDays();
        return days <= 62 ? "day" : days <= 366 ? "week" : "month";
    }

    /** Every bucket of the period in order, the empty ones too, so that the chart's time axis is even. */
    private static List<Bucket> trend(StatisticsSnapshot snapshot, LocalDate from, LocalDate to, String bucket)
            throws SQLException {
        Map<LocalDate, long[]> counted = snapshot.outcomesPer(bucket);
        List<Bucket> trend = new ArrayList<>();
        for (LocalDate at = firstBucket(from, bucket); !at.isAfter(to); at = nextBucket(at, bucket)) {
            Map<RulingOutcome, Long> outcomes = new EnumMap<>(RulingOutcome.class);
            long[] n = counted.getOrDefault(at, new long[3]);
            RulingOutcome[] order = { RulingOutcome.FULL_REFUND, RulingOutcome.PARTIAL_REFUND, RulingOutcome.REJECTED };
            for (int o = 0; o < order.length; o++) {
                if (n[o] != 0) {
                    outcomes.put(order[o], n[o]);
                }
            }
            trend.add(new Bucket(at, outcomes));
        }
        return trend;
    }

    /** Where date_trunc puts the period's first day: itself, its week's Monday, or its month's first day. */
    private static LocalDate firstBucket(LocalDate from, String bucket) {
        return switch (bucket) {
            case "week" -> from.with(java.time.DayOfWeek.MONDAY);
            case "month" -> from.withDayOfMonth(1);
            default -> from;
        };
    }

    private static LocalDate nextBucket(LocalDate at, String bucket) {
        return switch (bucket) {
            case "week" -> at.plusWeeks(1);
            case "month" -> at.plusMonths(1);
            default -> at.plusDays(1);
        };
    }
}
