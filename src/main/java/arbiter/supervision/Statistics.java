package arbiter.supervision;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import arbiter.money.Money;
import arbiter.ruling.RulingOutcome;
import arbiter.system.PlatformZone;

/**
 * How well the arbitrators rule, over a period: rulings in effect, median time from escalation to ruling,
 * share ruled within the SLA, refunds ordered, the outcome mix, how many were overturned on appeal, and QA
 * agreement. Each figure comes from one scan of the period's rulings: the time to ruling and the SLA are kept
 * on each ruling when it is made (V7), so no case needs to be read again. Refunds are in yuan (CNY), the
 * platform's currency.
 */
@ApplicationScoped
public class Statistics {

    @Inject
    EntityManager em;

    /** The figures of one arbitrator, or of everyone when {@code arbitrator} is null. */
    public record Figures(String arbitrator, long rulings, Duration medianToRuling, long slaMet, Money refunds,
            Map<RulingOutcome, Long> outcomes, long overturned, long qaReviewed, long qaAgreed) {

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

    /** Computes a period's report from the rulings (the figures of each arbitrator in one scan). */
    public Report compute(LocalDate from, LocalDate to) {
        Instant computedAt = Instant.now();
        Timestamp start = Timestamp.from(from.atStartOfDay(PlatformZone.ZONE).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(PlatformZone.ZONE).toInstant());
        Map<String, long[]> overturned = counts("""
                SELECT r.arbitrator, count(*), 0
                FROM rulings r JOIN penalties p ON p.ruling_id = r.id JOIN appeals a ON a.penalty_id = p.id
                WHERE r.state = 'EFFECTIVE' AND r.ruled_at >= ?1 AND r.ruled_at < ?2 AND a.state = 'OVERTURNED'
                GROUP BY GROUPING SETS ((r.arbitrator), ())""", start, end);
        Map<String, long[]> qa = counts("""
                SELECT r.arbitrator, count(*), count(*) FILTER (WHERE q.verdict = 'AGREE')
                FROM rulings r JOIN qa_reviews q ON q.ruling_id = r.id
                WHERE r.state = 'EFFECTIVE' AND r.ruled_at >= ?1 AND r.ruled_at < ?2 AND q.verdict IS NOT NULL
                GROUP BY GROUPING SETS ((r.arbitrator), ())""", start, end);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT arbitrator, count(*), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds_to_ruling)),
                       count(*) FILTER (WHERE sla_met), coalesce(sum(refund_amount), 0),
                       count(*) FILTER (WHERE outcome = 'FULL_REFUND'),
                       count(*) FILTER (WHERE outcome = 'PARTIAL_REFUND'),
                       count(*) FILTER (WHERE outcome = 'REJECTED'),
                       GROUPING(arbitrator)
                FROM rulings
                WHERE state = 'EFFECTIVE' AND ruled_at >= ?1 AND ruled_at < ?2
                GROUP BY GROUPING SETS ((arbitrator), ())
                ORDER BY GROUPING(arbitrator) DESC, count(*) DESC, arbitrator""")
                .setParameter(1, start).setParameter(2, end).getResultList();
        Figures overall = null;
        List<Figures> arbitrators = new ArrayList<>();
        for (Object[] r : rows) {
            boolean everyone = ((Number) r[8]).intValue() == 1;
            String arbitrator = everyone ? null : (String) r[0];
            Map<RulingOutcome, Long> outcomes = new EnumMap<>(RulingOutcome.class);
            outcomes.put(RulingOutcome.FULL_REFUND, number(r[5]));
            outcomes.put(RulingOutcome.PARTIAL_REFUND, number(r[6]));
            outcomes.put(RulingOutcome.REJECTED, number(r[7]));
            long[] over = overturned.getOrDefault(key(arbitrator), new long[2]);
            long[] reviewed = qa.getOrDefault(key(arbitrator), new long[2]);
            Figures figures = new Figures(arbitrator, number(r[1]),
                    r[2] == null ? null : Duration.ofSeconds(number(r[2])), number(r[3]), Money.yuan(number(r[4])),
                    outcomes, over[0], reviewed[0], reviewed[1]);
            if (everyone) {
                overall = figures;
            } else {
                arbitrators.add(figures);
            }
        }
        if (overall == null) {
            overall = new Figures(null, 0, null, 0, Money.yuan(0), new EnumMap<>(RulingOutcome.class), 0, 0, 0);
        }
        String bucket = bucketOf(from, to);
        return new Report(from, to, overall, arbitrators, bucket, trend(from, to, start, end, bucket), computedAt);
    }

    /** Days for up to two months, weeks for up to a year, months beyond. */
    static String bucketOf(LocalDate from, LocalDate to) {
        long days = Duration.between(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).toDays();
        return days <= 62 ? "day" : days <= 366 ? "week" : "month";
    }

    /** Every bucket of the period in order, the empty ones too, so that the chart's time axis is even. */
    private List<Bucket> trend(LocalDate from, LocalDate to, Timestamp start, Timestamp end, String bucket) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(date_trunc('%s', ruled_at AT TIME ZONE '%s') AS date), outcome, count(*)
                FROM rulings
                WHERE state = 'EFFECTIVE' AND ruled_at >= ?1 AND ruled_at < ?2
                GROUP BY 1, 2
                ORDER BY 1""".formatted(bucket, PlatformZone.ZONE.getId()))
                .setParameter(1, start).setParameter(2, end).getResultList();
        Map<LocalDate, Map<RulingOutcome, Long>> buckets = new LinkedHashMap<>();
        for (Object[] r : rows) {
            LocalDate day = r[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[0];
            buckets.computeIfAbsent(day, d -> new EnumMap<>(RulingOutcome.class))
                    .put(RulingOutcome.valueOf((String) r[1]), number(r[2]));
        }
        List<Bucket> trend = new ArrayList<>();
        for (LocalDate at = firstBucket(from, bucket); !at.isAfter(to); at = nextBucket(at, bucket)) {
            trend.add(new Bucket(at, buckets.getOrDefault(at, new EnumMap<>(RulingOutcome.class))));
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

    private Map<String, long[]> counts(String sql, Timestamp start, Timestamp end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, start).setParameter(2, end).getResultList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            counts.put(key((String) r[0]), new long[] { number(r[1]), number(r[2]) });
        }
        return counts;
    }

    /** The key of an arbitrator's counts; everyone's under a name no user can have. */
    private static String key(String arbitrator) {
        return arbitrator == null ? "\u0000all" : arbitrator;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
