package arbiter.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import arbiter.penalty.PointsCalendar;

/**
 * The parties' record (issue 17): the buyer's and the shop's, beside a case ({@link #ofCase}), and the shop's alone
 * for its seller ({@link #ofShop}). A read model: it reads the disputes (each keeps the outcome of its ruling in
 * effect, V22) and the shop's points ledger in <em>one</em> statement, as the case page has a budget of eight.
 *
 * <p>
 * The statement tallies each party's disputes by reason and {@link DisputeResult}, counted in three periods at once
 * (one {@code FILTER} column each), from one index range each: the shop's by an index-only scan of
 * {@code disputes_shop_record_idx (shop_id, escalated_at) INCLUDE (reason, status, outcome, withdrawal_reason)}, the
 * buyer's by {@code disputes_buyer_idx (buyer_id, id)}. The periods, thresholds and the number of cases linked are
 * {@link RecordRules}; the definitions are on {@link BuyerRecord} and {@link ShopRecord}.
 */
@ApplicationScoped
public class PartyRecords {

    /** Where a dispute stands: the outcome of its ruling in effect, withdrawn, or open. */
    private static final String RESULT = "coalesce(outcome, CASE status WHEN 'WITHDRAWN' THEN 'WITHDRAWN' ELSE 'OPEN' END)";

    /**
     * The shop's disputes since {@code :shopSince} (its longest period), each with where it stands: an index-only
     * scan of {@code disputes_shop_record_idx}, which holds every column read (V22).
     */
    private static final String SHOP_DISPUTES = """
            shop AS (
                SELECT reason, escalated_at, %s AS result
                FROM disputes
                WHERE shop_id = :shop AND escalated_at >= :shopSince
                  AND withdrawal_reason IS DISTINCT FROM 'DUPLICATE')""".formatted(RESULT);

    /** The buyer's disputes but the case's since {@code :buyerSince}, each with where it stands. */
    private static final String BUYER_DISPUTES = """
            buyer AS (
                SELECT id, case_no, reason, escalated_at, %s AS result
                FROM disputes
                WHERE buyer_id = :buyer AND id <> :exceptCase AND escalated_at >= :buyerSince
                  AND withdrawal_reason IS DISTINCT FROM 'DUPLICATE')""".formatted(RESULT);

    /**
     * The rows, one kind each: the shop's points (one row, always there), then a row per reason and result of each
     * party's disputes with its counts in the party's three periods ({@code w1}–{@code w3}), then the buyer's latest
     * cases. Every column is typed in the first row, as a UNION of untyped NULLs would not know its type.
     */
    private static final String POINTS_ROW = """
            SELECT 'POINTS' AS kind, CAST(NULL AS text) AS reason, CAST(NULL AS text) AS result,
                   CAST(0 AS bigint) AS w1, CAST(0 AS bigint) AS w2, CAST(0 AS bigint) AS w3,
                   CAST(NULL AS bigint) AS case_id, CAST(NULL AS text) AS case_no,
                   CAST(NULL AS timestamptz) AS escalated_at,
                   (SELECT coalesce(sum(delta), 0) FROM points_ledger WHERE shop_id = :shop AND points_year = :year)
                       AS points""";

    private static final String SHOP_ROWS = """
            SELECT 'SHOP', reason, result, count(*) FILTER (WHERE escalated_at >= :shop1),
                   count(*) FILTER (WHERE escalated_at >= :shop2), count(*) FILTER (WHERE escalated_at >= :shop3),
                   NULL, NULL, NULL, NULL
            FROM shop GROUP BY reason, result""";

    private static final String BUYER_ROWS = """
            SELECT 'BUYER', reason, result, count(*) FILTER (WHERE escalated_at >= :buyer1),
                   count(*) FILTER (WHERE escalated_at >= :buyer2), count(*) FILTER (WHERE escalated_at >= :buyer3),
                   NULL, NULL, NULL, NULL
            FROM buyer GROUP BY reason, result
            UNION ALL
            (SELECT 'CASE', reason, result, 0, 0, 0, id, case_no, escalated_at, NULL
             FROM buyer ORDER BY escalated_at DESC, id DESC LIMIT :listed)
            UNION ALL
            SELECT 'REUSED', NULL, NULL, count(*), 0, 0, NULL, NULL, NULL, NULL
            FROM buyer b
            WHERE EXISTS (SELECT 1 FROM evidence_items e JOIN photos p ON p.sha256 = e.photo_sha256
                          WHERE e.dispute_id = b.id AND e.party = 'BUYER' AND p.reuse_cluster IS NOT NULL)""";

    private static final String CASE_SQL = "WITH " + SHOP_DISPUTES + ",\n" + BUYER_DISPUTES + "\n" + POINTS_ROW
            + "\nUNION ALL\n" + SHOP_ROWS + "\nUNION ALL\n" + BUYER_ROWS;

    private static final String SHOP_SQL = "WITH " + SHOP_DISPUTES + "\n" + POINTS_ROW + "\nUNION ALL\n" + SHOP_ROWS;

    @Inject
    Clock clock;

    @Inject
    PointsCalendar pointsCalendar;

    @Inject
    RecordRules rules;

    /** Both parties' records beside one case. */
    public record Parties(BuyerRecord buyer, ShopRecord shop) {
    }

    /** A party's disputes escalated in the last {@code days} days (back from now), counted by where they stand. */
    public record Window(int days, DisputeTally tally) {
    }

    /** How many of a party's disputes of a period gave {@code reason}. */
    public record ReasonCount(DisputeReason reason, long disputes) {
    }

    /** The records of the buyer and the shop of that case, as of now, in one statement. */
    public Parties ofCase(Disputes.CaseFile dispute) {
        return ofCase(dispute.id(), dispute.buyerId(), dispute.shopId(), clock.instant());
    }

    /**
     * The records of buyer {@code buyerId} (their disputes but case {@code caseId}) and of shop {@code shopId} as of
     * {@code now} (UTC), in one statement.
     */
    public Parties ofCase(long caseId, String buyerId, String shopId, Instant now) {
        RecordRules.Buyer b = rules.buyer();
        int[] buyerDays = { b.repeatRefunds().days(), b.recentDays(), b.longerDays() };
        Query query = shopQuery(CASE_SQL, shopId, now).setParameter("buyer", buyerId).setParameter("exceptCase", caseId)
                .setParameter("buyerSince", since(now, longest(buyerDays))).setParameter("listed", b.casesListed());
        for (int i = 0; i < 3; i++) {
            query.setParameter("buyer" + (i + 1), since(now, buyerDays[i]));
        }
        Rows rows = Rows.of(query);
        Window[] windows = rows.windows("BUYER", buyerDays);
        BuyerRecord buyer = new BuyerRecord(buyerId, windows[1], windows[2],
                rows.reasons("BUYER", 2, 1), rows.cases, rows.reusedPhotoCases,
                BuyerRecord.RepeatRefunds.of(windows[0].tally().refunded(), buyerDays[0], b.repeatRefunds().refunds()));
        return new Parties(buyer, shopRecord(shopId, rows));
    }

    /** The record of shop {@code shopId} as of now, in one statement (its seller's points page). */
    public ShopRecord ofShop(String shopId) {
        return ofShop(shopId, clock.instant());
    }

    /** The record of shop {@code shopId} as of {@code now} (UTC), in one statement. */
    public ShopRecord ofShop(String shopId, Instant now) {
        return shopRecord(shopId, Rows.of(shopQuery(SHOP_SQL, shopId, now)));
    }

    private int[] shopDays() {
        RecordRules.Shop s = rules.shop();
        return new int[] { s.recentDays(), 2 * s.recentDays(), s.longerDays() };
    }

    private Query shopQuery(String sql, String shopId, Instant now) {
        int[] days = shopDays();
        Query query = Dispute.getEntityManager().createNativeQuery(sql).setParameter("shop", shopId)
                .setParameter("year", pointsCalendar.yearOf(now)).setParameter("shopSince", since(now, longest(days)));
        for (int i = 0; i < 3; i++) {
            query.setParameter("shop" + (i + 1), since(now, days[i]));
        }
        return query;
    }

    private ShopRecord shopRecord(String shopId, Rows rows) {
        RecordRules.Shop s = rules.shop();
        Window[] w = rows.windows("SHOP", shopDays());
        Window before = new Window(s.recentDays(), w[1].tally().minus(w[0].tally()));
        return new ShopRecord(shopId, rows.points, w[0], before, w[2], rows.reasons("SHOP", 2, s.recurringAtLeast()),
                ShopRecord.Trend.of(before.tally(), w[0].tally(), s.trendPoints(), s.trendMinRuled()));
    }

    private static int longest(int[] days) {
        return java.util.Arrays.stream(days).max().orElseThrow();
    }

    private static Timestamp since(Instant now, int days) {
        return Timestamp.from(now.minus(Duration.ofDays(days)));
    }

    /** The statement's rows, sorted by kind. */
    private static final class Rows {
        int points;
        final Map<String, List<Object[]>> tallies = Map.of("SHOP", new ArrayList<>(), "BUYER", new ArrayList<>());
        final List<BuyerRecord.CaseLink> cases = new ArrayList<>();
        long reusedPhotoCases;

        @SuppressWarnings("unchecked")
        static Rows of(Query query) {
            Rows rows = new Rows();
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                switch ((String) r[0]) {
                    case "POINTS" -> rows.points = ((Number) r[9]).intValue();
                    case "REUSED" -> rows.reusedPhotoCases = ((Number) r[3]).longValue();
                    case "CASE" -> rows.cases.add(new BuyerRecord.CaseLink(((Number) r[6]).longValue(), (String) r[7],
                            DisputeReason.valueOf((String) r[1]), DisputeResult.valueOf((String) r[2]), instant(r[8])));
                    default -> rows.tallies.get((String) r[0]).add(r);
                }
            }
            return rows;
        }

        /** The party's tally in each of its three periods, of {@code days} each. */
        Window[] windows(String party, int[] days) {
            Window[] windows = new Window[3];
            for (int i = 0; i < 3; i++) {
                DisputeTally tally = DisputeTally.NONE;
                for (Object[] r : tallies.get(party)) {
                    tally = tally.plus(DisputeResult.valueOf((String) r[2]), ((Number) r[3 + i]).longValue());
                }
                windows[i] = new Window(days[i], tally);
            }
            return windows;
        }

        /** The reasons of the party's disputes of period {@code w} (0–2) given at least {@code atLeast} times. */
        List<ReasonCount> reasons(String party, int w, int atLeast) {
            Map<DisputeReason, Long> counts = new EnumMap<>(DisputeReason.class);
            for (Object[] r : tallies.get(party)) {
                counts.merge(DisputeReason.valueOf((String) r[1]), ((Number) r[3 + w]).longValue(), Long::sum);
            }
            return counts.entrySet().stream().filter(e -> e.getValue() >= atLeast)
                    .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(ReasonCount::disputes).reversed()).toList();
        }

        private static Instant instant(Object value) {
            if (value instanceof Timestamp t) {
                return t.toInstant();
            }
            return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
        }
    }
}
