package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.PenalisedCases;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import arbiter.ruling.RulingState;
import arbiter.seller.AppealFiling;
import arbiter.system.PlatformZone;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The statistics read from ruling_day_counts (V30) and the rulings of the median's buckets equal those of a direct
 * scan of the period's rulings ({@link DirectScan}), for periods of any length with odd and even counts, whatever
 * happens to the rulings, their appeals and their QA reviews afterwards. The fixture's rulings are of 2003 (a year no other
 * test uses), by arbitrators
 * named days-*, on disputes of their own.
 */
@QuarkusTest
class RulingDayCountsTest {

    static final LocalDate FROM = LocalDate.of(2003, 1, 1);
    static final LocalDate TO = LocalDate.of(2003, 3, 31);
    static final String[] ARBITRATORS = { "days-a", "days-b", "days-b", "days-b", "days-c", "days-c", "days-d" };
    /** Durations at and beside the buckets' bounds, so that middle rulings often lie in two buckets. */
    static final long[] EDGES = { 0, 1, 599, 600, 601, 3599, 3600, 86399, 86400, 259199, 259200, 604799, 604800,
            2_000_000 };
    static final String COUNTED = "rulings, sla_met, refund_fen, full_refunds, partial_refunds, rejected, overturned,"
            + " qa_reviewed, qa_agreed, "
            + IntStream.range(0, DurationHistogram.BUCKETS).mapToObj(b -> "d%02d".formatted(b))
                    .collect(Collectors.joining(", "));

    @Inject
    Statistics statistics;

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    PenalisedCases cases;

    @Inject
    AppealFiling appealFiling;

    @Inject
    AppealDesk appealDesk;

    @Inject
    QaSampling sampling;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    @AfterEach
    void removeTheFixture() {
        String ofFixture = "(SELECT id FROM rulings WHERE arbitrator LIKE 'days-%')";
        Sql.run(db, "DELETE FROM qa_reviews WHERE ruling_id IN " + ofFixture);
        Sql.run(db, "DELETE FROM qa_samples WHERE drawn_by = 'days-fixture'");
        Sql.run(db, "DELETE FROM appeals WHERE penalty_id IN (SELECT id FROM penalties WHERE ruling_id IN "
                + ofFixture + ")");
        Sql.run(db, "DELETE FROM penalties WHERE ruling_id IN " + ofFixture);
        Sql.run(db, "DELETE FROM rulings WHERE arbitrator LIKE 'days-%'");
        Sql.run(db, "DELETE FROM disputes WHERE case_no LIKE 'days-%'");
    }

    @Test
    void everyPeriodEqualsADirectScanOfItsRulings() throws SQLException {
        fixture(new Random(17), 600, FROM, 90);
        List<LocalDate[]> periods = new ArrayList<>();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            periods.add(new LocalDate[] { day, day });
            periods.add(new LocalDate[] { day, day.plusDays(6) });
        }
        periods.add(new LocalDate[] { LocalDate.of(2003, 2, 1), LocalDate.of(2003, 2, 28) });
        periods.add(new LocalDate[] { FROM, TO });
        periods.add(new LocalDate[] { LocalDate.of(2002, 1, 1), LocalDate.of(2004, 12, 31) });
        periods.add(new LocalDate[] { LocalDate.of(2002, 12, 1), LocalDate.of(2002, 12, 31) });
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            LocalDate from = FROM.minusDays(5).plusDays(random.nextInt(95));
            periods.add(new LocalDate[] { from, from.plusDays(random.nextInt(80)) });
        }
        int even = 0;
        for (LocalDate[] period : periods) {
            Statistics.Report report = assertLikeADirectScan(period[0], period[1]);
            even += report.overall().rulings() % 2 == 0 && report.overall().rulings() > 0 ? 1 : 0;
        }
        assertTrue(even > 10, "even counts, whose median is the mean of two rulings: " + even);
    }

    @Test
    void theCountsFollowEveryChangeOfTheRulingsTheirAppealsAndTheirReviews() throws SQLException {
        fixture(new Random(5), 200, FROM, 30);
        // Ids come 50 apart from their sequences: rows are picked by id / 50. Penalties on a third of the rulings,
        // pending appeals of most of them, and a QA sample of a quarter.
        Sql.run(db, "INSERT INTO penalties (id, ruling_id, shop_id, grade, points, points_year, points_before,"
                + " points_after, effective_at) SELECT nextval('penalty_seq'), id, 'shop-fixture', 'MINOR', 2, 2003, 0,"
                + " 2, ruled_at FROM rulings WHERE id IN " + fixtureRulings("id / 50 % 3 = 0"));
        Sql.run(db, "INSERT INTO appeals (id, penalty_id, shop_id, statement, filed_at, state) SELECT"
                + " nextval('appeal_seq'), p.id, p.shop_id, 'Appealed.', p.effective_at, 'PENDING' FROM penalties p"
                + " WHERE p.ruling_id IN " + fixtureRulings("id / 50 % 2 = 0 OR id / 50 % 5 = 0"));
        long sample = Sql.number(db, "INSERT INTO qa_samples (id, drawn_by, drawn_at, period_from, period_to, size)"
                + " VALUES (nextval('qa_sample_seq'), 'days-fixture', now(), '2003-01-01', '2003-02-01', 50)"
                + " RETURNING id");
        Sql.run(db, "INSERT INTO qa_reviews (id, sample_id, ruling_id) SELECT nextval('qa_review_seq'), " + sample
                + ", id FROM rulings WHERE id IN " + fixtureRulings("id / 50 % 4 = 0"));
        assertCountsAreThoseOfTheRulings();

        // What the portal does: appeals decided, rulings approved or sent back, reviews given a verdict.
        Sql.run(db, "UPDATE appeals SET state = CASE WHEN id / 50 % 3 = 0 THEN 'UPHELD' ELSE 'OVERTURNED' END,"
                + " decided_by = 'super1', decided_at = now(), decision_reason = 'Decided.'"
                + " WHERE penalty_id IN (SELECT id FROM penalties WHERE ruling_id IN " + fixtureRulings("true") + ")");
        Sql.run(db, "UPDATE penalties SET reversed_at = now() WHERE ruling_id IN " + fixtureRulings("true"));
        Sql.run(db, "UPDATE rulings SET state = 'EFFECTIVE', reviewed_by = 'super1', reviewed_at = now()"
                + " WHERE arbitrator LIKE 'days-%' AND state = 'PENDING_APPROVAL' AND id / 50 % 2 = 0");
        Sql.run(db, "UPDATE rulings SET state = 'SENT_BACK', reviewed_by = 'super1', reviewed_at = now()"
                + " WHERE arbitrator LIKE 'days-%' AND state = 'PENDING_APPROVAL'");
        Sql.run(db, "UPDATE qa_reviews SET verdict = CASE WHEN id / 50 % 3 = 0 THEN 'DISAGREE' ELSE 'AGREE' END,"
                + " reviewer = 'super1', reviewed_at = now() WHERE sample_id = " + sample + " AND ruling_id / 50 % 3 <> 0");
        assertCountsAreThoseOfTheRulings();
        assertLikeADirectScan(FROM, FROM.plusDays(30));

        // Changes the portal never makes; the counts follow them all the same.
        Sql.run(db, "UPDATE rulings SET seconds_to_ruling = seconds_to_ruling + 7200, sla_met = NOT sla_met,"
                + " outcome = 'REJECTED', refund_amount = 0 WHERE arbitrator LIKE 'days-%' AND id / 50 % 3 = 0");
        Sql.run(db, "UPDATE rulings SET ruled_at = ruled_at + interval '9 hours', arbitrator = 'days-e'"
                + " WHERE arbitrator LIKE 'days-%' AND id / 50 % 5 = 0");
        Sql.run(db, "UPDATE rulings SET state = 'SENT_BACK' WHERE arbitrator LIKE 'days-%' AND id / 50 % 7 = 0");
        Sql.run(db, "UPDATE penalties SET ruling_id = ruling_id + 50 WHERE ruling_id IN " + fixtureRulings("id / 50 % 11 = 0")
                + " AND ruling_id + 50 IN " + fixtureRulings("true")
                + " AND ruling_id + 50 NOT IN (SELECT ruling_id FROM penalties)");
        Sql.run(db, "UPDATE appeals SET state = 'UPHELD' WHERE id / 50 % 4 = 0 AND penalty_id IN (SELECT id FROM penalties"
                + " WHERE ruling_id IN " + fixtureRulings("true") + ")");
        Sql.run(db, "UPDATE qa_reviews SET verdict = NULL WHERE sample_id = " + sample + " AND id / 50 % 4 = 1");
        assertCountsAreThoseOfTheRulings();

        String someRulings = fixtureRulings("id / 50 % 4 = 1");
        Sql.run(db, "DELETE FROM qa_reviews WHERE ruling_id IN " + someRulings);
        Sql.run(db, "DELETE FROM appeals WHERE penalty_id IN (SELECT id FROM penalties WHERE ruling_id IN "
                + someRulings + ")");
        Sql.run(db, "DELETE FROM penalties WHERE ruling_id IN " + someRulings);
        Sql.run(db, "DELETE FROM rulings WHERE id IN " + someRulings);
        assertCountsAreThoseOfTheRulings();
        assertLikeADirectScan(FROM, FROM.plusDays(30));
        assertLikeADirectScan(FROM.plusDays(3), FROM.plusDays(4));
        assertTrue(statistics.compute(FROM, FROM.plusDays(30)).overall().overturned() > 5, "appeals overturned");
        assertTrue(statistics.compute(FROM, FROM.plusDays(30)).overall().qaReviewed() > 5, "reviews");
    }

    @Test
    void aPeriodEndsAtMidnightInShanghai() throws SQLException {
        long[] ids = rulings("days-a", "2003-06-30 23:59:59.999999+08", "days-a", "2003-07-01 00:00:00+08",
                // 2003-06-30 23:30 in UTC, but already the 1st in Shanghai
                "days-b", "2003-07-01 07:30:00+08");
        assertEquals(3, ids.length);
        LocalDate june30 = LocalDate.of(2003, 6, 30);
        LocalDate july1 = LocalDate.of(2003, 7, 1);

        assertEquals(1, assertLikeADirectScan(june30, june30).overall().rulings());
        assertEquals(2, assertLikeADirectScan(july1, july1).overall().rulings());
        assertEquals(2, assertLikeADirectScan(july1, july1).arbitrators().size());
        assertEquals("2003-06-30 days-a 1|2003-07-01 days-a 1|2003-07-01 days-b 1", Sql.text(db,
                "SELECT string_agg(day || ' ' || arbitrator || ' ' || rulings, '|' ORDER BY day, arbitrator)"
                        + " FROM ruling_day_counts WHERE arbitrator LIKE 'days-%' AND rulings > 0"));
    }

    @Test
    void aRulingApprovedLaterCountsOnTheDayItWasRuledAndOneSentBackNever() throws Exception {
        long approved = largeRefundAwaitingApproval("arbiter3");
        long sentBack = largeRefundAwaitingApproval("arbiter3");
        LocalDate day = LocalDate.parse(Sql.text(db, "SELECT (ruled_at AT TIME ZONE 'Asia/Shanghai')::date"
                + " FROM rulings WHERE id = " + approved));
        long before = arbiter3On(day);
        assertLikeADirectScan(day, day);

        desk.approve(approved, "super1");
        desk.reject(sentBack, "super1", "The refund should be partial: the coat was worn.");

        assertEquals(before + 1, arbiter3On(day), "the approved ruling counts, on the day it was ruled");
        assertLikeADirectScan(day, day);
        assertLikeADirectScan(day.minusDays(400), day);
    }

    @Test
    void anAppealOverturnedAndAReviewGivenLaterCountAtOnce() throws SQLException {
        String shop = IntakeRequests.newShopId();
        PenalisedCases.Penalised ruled = cases.ruled(shop, "arbiter4", PenaltyGrade.MINOR,
                "The seller shipped a different coat than the one listed.");
        LocalDate day = LocalDate.parse(Sql.text(db, "SELECT (ruled_at AT TIME ZONE 'Asia/Shanghai')::date"
                + " FROM rulings WHERE dispute_id = " + ruled.disputeId()));
        String counts = "SELECT overturned || ':' || qa_reviewed || ':' || qa_agreed FROM ruling_day_counts"
                + " WHERE arbitrator = 'arbiter4' AND day = '" + day + "'";
        String[] before = Sql.text(db, counts).split(":");
        long appeal = appealFiling.file(shop, ruled.penaltyId(), "The delivery was late because of the snow storm.",
                List.of()).id();

        appealDesk.decide(appeal, true, "super1", "The listing photos do show this coat.");
        long sample = sampling.draw("super1", day, day, "arbiter4", 1);
        sampling.review(sampling.items(sample, "super1").get(0).review().id, "super1", QaReview.Verdict.AGREE, "");

        String[] after = Sql.text(db, counts).split(":");
        assertEquals(Long.parseLong(before[0]) + 1, Long.parseLong(after[0]), "overturned");
        assertEquals(Long.parseLong(before[1]) + 1, Long.parseLong(after[1]), "reviewed");
        assertEquals(Long.parseLong(before[2]) + 1, Long.parseLong(after[2]), "agreed");
        assertLikeADirectScan(day, day);
    }

    @Test
    void theBucketsOfTheDatabaseAreThoseTheStatisticsRead() {
        assertEquals("0 0 1 31 31", Sql.text(db, "SELECT ruling_duration_bucket(-5) || ' ' || ruling_duration_bucket(599)"
                + " || ' ' || ruling_duration_bucket(600) || ' ' || ruling_duration_bucket(604800) || ' '"
                + " || ruling_duration_bucket(9223372036854775807)"));
        assertEquals(DurationHistogram.BUCKETS - 1, Sql.number(db, "SELECT ruling_duration_bucket(604800)"));
    }

    /** The ids of the fixture's rulings that meet {@code condition}, as a sub-select. */
    private static String fixtureRulings(String condition) {
        return "(SELECT id FROM rulings WHERE arbitrator LIKE 'days-%' AND (" + condition + "))";
    }

    /** The report of the period, once it has been checked against a direct scan of its rulings. */
    private Statistics.Report assertLikeADirectScan(LocalDate from, LocalDate to) throws SQLException {
        Statistics.Report report = statistics.compute(from, to);
        assertEquals(DirectScan.of(db, from, to), DirectScan.of(report), from + ".." + to);
        return report;
    }

    /** Every day and arbitrator: the counts kept are those of the rulings in effect, counted afresh. */
    private void assertCountsAreThoseOfTheRulings() {
        String fresh = "count(*), count(*) FILTER (WHERE sla_met), sum(refund_amount),"
                + " count(*) FILTER (WHERE outcome = 'FULL_REFUND'), count(*) FILTER (WHERE outcome = 'PARTIAL_REFUND'),"
                + " count(*) FILTER (WHERE outcome = 'REJECTED'), sum((SELECT count(*) FROM penalties p JOIN appeals a"
                + " ON a.penalty_id = p.id WHERE p.ruling_id = r.id AND a.state = 'OVERTURNED')), sum((SELECT count(*)"
                + " FROM qa_reviews q WHERE q.ruling_id = r.id AND q.verdict IS NOT NULL)), sum((SELECT count(*)"
                + " FROM qa_reviews q WHERE q.ruling_id = r.id AND q.verdict = 'AGREE')), "
                + IntStream.range(0, DurationHistogram.BUCKETS)
                        .mapToObj(b -> "count(*) FILTER (WHERE ruling_duration_bucket(seconds_to_ruling) = " + b + ")")
                        .collect(Collectors.joining(", "));
        String zeroIfMissing = "coalesce(%s.%s, 0)";
        String kept = java.util.Arrays.stream(COUNTED.split(", ")).map(c -> zeroIfMissing.formatted("k", c))
                .collect(Collectors.joining(", "));
        String counted = java.util.Arrays.stream(COUNTED.split(", ")).map(c -> zeroIfMissing.formatted("f", c))
                .collect(Collectors.joining(", "));
        assertEquals(0, Sql.number(db, """
                SELECT count(*)
                FROM (SELECT (ruled_at AT TIME ZONE 'Asia/Shanghai')::date AS day, arbitrator, %s
                      FROM rulings r WHERE state = 'EFFECTIVE' GROUP BY 1, 2) f (day, arbitrator, %s)
                FULL JOIN ruling_day_counts k USING (day, arbitrator)
                WHERE ROW(%s) IS DISTINCT FROM ROW(%s)""".formatted(fresh, COUNTED, kept, counted)));
    }

    /** {@code count} rulings at random over {@code days} days from {@code first}, in one statement. */
    private void fixture(Random random, int count, LocalDate first, int days) throws SQLException {
        Instant start = first.atStartOfDay(PlatformZone.ZONE).toInstant();
        List<String> arbitrators = new ArrayList<>();
        List<Object> ruledAt = new ArrayList<>();
        List<Long> seconds = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arbitrators.add(ARBITRATORS[random.nextInt(ARBITRATORS.length)]);
            ruledAt.add(start.plusSeconds(random.nextLong(days * 86_400L)).atOffset(ZoneOffset.UTC));
            seconds.add(random.nextBoolean() ? EDGES[random.nextInt(EDGES.length)] : random.nextLong(700_000));
            int state = random.nextInt(10);
            states.add(state < 8 ? "EFFECTIVE" : state < 9 ? "PENDING_APPROVAL" : "SENT_BACK");
        }
        insert(arbitrators, ruledAt, seconds, states);
    }

    /** One ruling in effect of each arbitrator and time (pairs), of 600 s each; their ids. */
    private long[] rulings(String... arbitratorsAndTimes) throws SQLException {
        List<String> arbitrators = new ArrayList<>();
        List<Object> ruledAt = new ArrayList<>();
        for (int i = 0; i < arbitratorsAndTimes.length; i += 2) {
            arbitrators.add(arbitratorsAndTimes[i]);
            ruledAt.add(java.time.OffsetDateTime.parse(arbitratorsAndTimes[i + 1].replace(' ', 'T') + ":00"));
        }
        insert(arbitrators, ruledAt, arbitrators.stream().map(a -> 600L).toList(),
                arbitrators.stream().map(a -> "EFFECTIVE").toList());
        return Sql.text(db, "SELECT string_agg(id::text, ',' ORDER BY id) FROM rulings WHERE arbitrator LIKE 'days-%'")
                .transform(ids -> java.util.Arrays.stream(ids.split(",")).mapToLong(Long::parseLong).toArray());
    }

    private void insert(List<String> arbitrators, List<Object> ruledAt, List<Long> seconds, List<String> states)
            throws SQLException {
        Sql.run(db, "INSERT INTO shops (id, name, contact_email) VALUES ('shop-fixture', 'Fixture shop',"
                + " 'f@x.example') ON CONFLICT DO NOTHING");
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                WITH d AS (
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund,
                        buyer_statement, escalated_by, escalated_at, sla_due_at, status)
                    SELECT nextval('dispute_seq') * 1000 + g, 'days-' || g || '-' || random(), 'days-' || g
                               || '-' || random(), 'x', 'shop-fixture', '1', 'item', 100000, 'CNY',
                           timestamp '2002-12-01', 'b', 'n', 'QUALITY', 1000, 's', 'BUYER', timestamp '2002-12-01',
                           timestamp '2002-12-04', 'RULED'
                    FROM generate_series(1, cardinality(?::text[])) g
                    RETURNING id),
                 numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM d)
                INSERT INTO rulings (id, dispute_id, outcome, refund_amount, currency, responsible_party,
                                     clause_code, clause_version, rationale, arbitrator, ruled_at, evidence_hashes,
                                     state, seconds_to_ruling, sla_met)
                SELECT nextval('ruling_seq'), numbered.id,
                       (ARRAY['FULL_REFUND', 'PARTIAL_REFUND', 'REJECTED'])[1 + f.n % 3],
                       CASE f.n % 3 WHEN 0 THEN 100000 WHEN 1 THEN 100 * f.n ELSE 0 END, 'CNY', 'SELLER', 'QUAL-1', 1,
                       'A ruling of the day counts fixture.', f.arbitrator, f.ruled_at, '{}', f.state, f.seconds,
                       f.seconds <= 259200
                FROM unnest(?::text[], ?::timestamptz[], ?::bigint[], ?::text[])
                     WITH ORDINALITY f (arbitrator, ruled_at, seconds, state, n)
                JOIN numbered USING (n)""")) {
            s.setArray(1, c.createArrayOf("text", arbitrators.toArray()));
            s.setArray(2, c.createArrayOf("text", arbitrators.toArray()));
            s.setArray(3, c.createArrayOf("timestamptz", ruledAt.toArray()));
            s.setArray(4, c.createArrayOf("int8", seconds.toArray()));
            s.setArray(5, c.createArrayOf("text", states.toArray()));
            s.execute();
        }
    }

    private long arbiter3On(LocalDate day) {
        return Sql.number(db, "SELECT coalesce(sum(rulings), 0) FROM ruling_day_counts WHERE arbitrator = 'arbiter3'"
                + " AND day = '" + day + "'");
    }

    private long largeRefundAwaitingApproval(String arbitrator) throws Exception {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.amount(dispute, 800000));
        assertTrue(claims.claim(id, arbitrator));
        RulingDesk.Made made = desk.rule(id, arbitrator, new RulingDecision(RulingOutcome.FULL_REFUND,
                Money.yuan(800000), ResponsibleParty.SELLER, Optional.empty(), new PolicyClause.Key("QUAL-1", 1),
                "The coat is not the colour that was listed.", Sql.version(db, id)));
        assertEquals(RulingState.PENDING_APPROVAL, made.ruling().state);
        return made.rulingId();
    }
}
