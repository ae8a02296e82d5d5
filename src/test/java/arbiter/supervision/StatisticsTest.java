package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The statistics of a small fixture in March 2001 (a month no other test uses), against figures worked out by
 * hand. Arbitrator A ruled three times, B once (plus one ruling sent back, which does not count); one ruling
 * of each lies just outside the month.
 */
@QuarkusTest
class StatisticsTest {

    static final LocalDate FROM = LocalDate.of(2001, 3, 1);
    static final LocalDate TO = LocalDate.of(2001, 3, 31);

    @Inject
    Statistics statistics;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void fixture() {
        Sql.run(db, "DELETE FROM qa_reviews WHERE ruling_id IN (SELECT id FROM rulings WHERE arbitrator LIKE 'stats-%')");
        Sql.run(db, "DELETE FROM qa_samples WHERE drawn_by = 'stats-fixture'");
        Sql.run(db, "DELETE FROM appeals WHERE penalty_id IN (SELECT p.id FROM penalties p JOIN rulings r"
                + " ON r.id = p.ruling_id WHERE r.arbitrator LIKE 'stats-%')");
        Sql.run(db, "DELETE FROM penalties WHERE ruling_id IN (SELECT id FROM rulings WHERE arbitrator LIKE 'stats-%')");
        Sql.run(db, "DELETE FROM rulings WHERE arbitrator LIKE 'stats-%'");

        long a1 = ruling("stats-a", "FULL_REFUND", 10000, 3600, true, "2001-03-02 10:00+08", "EFFECTIVE");
        long a2 = ruling("stats-a", "REJECTED", 0, 7200, true, "2001-03-02 11:00+08", "EFFECTIVE");
        long a3 = ruling("stats-a", "PARTIAL_REFUND", 5000, 360000, false, "2001-03-10 09:00+08", "EFFECTIVE");
        long b1 = ruling("stats-b", "FULL_REFUND", 20000, 1800, true, "2001-03-31 23:30+08", "EFFECTIVE");
        ruling("stats-b", "FULL_REFUND", 90000, 60, true, "2001-03-15 12:00+08", "SENT_BACK");
        ruling("stats-a", "FULL_REFUND", 70000, 60, true, "2001-04-01 00:30+08", "EFFECTIVE");
        ruling("stats-b", "FULL_REFUND", 80000, 60, true, "2001-02-28 23:59+08", "EFFECTIVE");

        // a3 carried a penalty, and its appeal was overturned.
        Sql.run(db, "INSERT INTO penalties (id, ruling_id, shop_id, grade, points, points_year, points_before,"
                + " points_after, effective_at, reversed_at) SELECT nextval('penalty_seq'), r.id, d.shop_id, 'MINOR', 2,"
                + " 2001, 0, 2, r.ruled_at, r.ruled_at + interval '5 days' FROM rulings r JOIN disputes d"
                + " ON d.id = r.dispute_id WHERE r.id = " + a3);
        Sql.run(db, "INSERT INTO appeals (id, penalty_id, shop_id, statement, filed_at, state, decided_by, decided_at,"
                + " decision_reason) SELECT nextval('appeal_seq'), p.id, p.shop_id, 'The parcel was complete.',"
                + " p.effective_at, 'OVERTURNED', 'super1', p.reversed_at, 'The photos show it complete.'"
                + " FROM penalties p WHERE p.ruling_id = " + a3);
        // QA: A agreed once and disagreed once; B agreed once.
        long sample = Sql.number(db, "INSERT INTO qa_samples (id, drawn_by, drawn_at, period_from, period_to, size)"
                + " VALUES (nextval('qa_sample_seq'), 'stats-fixture', now(), '2001-03-01', '2001-04-01', 3) RETURNING id");
        review(sample, a1, "AGREE");
        review(sample, a2, "DISAGREE");
        review(sample, b1, "AGREE");
    }

    @Test
    void figuresMatchTheFixtureWorkedOutByHand() {
        Statistics.Report report = statistics.compute(FROM, TO);

        Statistics.Figures all = report.overall();
        assertEquals(4, all.rulings());
        assertEquals(Duration.ofSeconds(5400), all.medianToRuling(), "median of 1800, 3600, 7200, 360000");
        assertEquals(3, all.slaMet());
        assertEquals(75, all.slaMetPercent());
        assertEquals(35000, all.refunds().minor());
        assertEquals(2, all.outcome(RulingOutcome.FULL_REFUND));
        assertEquals(1, all.outcome(RulingOutcome.PARTIAL_REFUND));
        assertEquals(1, all.outcome(RulingOutcome.REJECTED));
        assertEquals(1, all.overturned());
        assertEquals(25, all.overturnPercent());
        assertEquals(3, all.qaReviewed());
        assertEquals(67, all.qaAgreementPercent());

        assertEquals(2, report.arbitrators().size());
        Statistics.Figures a = report.arbitrators().get(0);
        assertEquals("stats-a", a.arbitrator(), "the busiest first");
        assertEquals(3, a.rulings());
        assertEquals(Duration.ofSeconds(7200), a.medianToRuling());
        assertEquals(67, a.slaMetPercent());
        assertEquals(15000, a.refunds().minor());
        assertEquals(33, a.overturnPercent());
        assertEquals(50, a.qaAgreementPercent());
        Statistics.Figures b = report.arbitrators().get(1);
        assertEquals(1, b.rulings());
        assertEquals(Duration.ofSeconds(1800), b.medianToRuling());
        assertEquals(100, b.qaAgreementPercent());
        assertEquals(0, b.overturned());

        assertEquals("day", report.bucket());
        assertEquals(31, report.trend().size(), "every day of March, the empty ones too");
        assertEquals(LocalDate.of(2001, 3, 1), report.trend().get(0).start());
        assertEquals(0, report.trend().get(0).total());
        assertEquals(2, report.trend().get(1).total(), "the 2nd");
        assertEquals(1, report.trend().get(9).total(), "the 10th");
        assertEquals(1, report.trend().get(30).total(), "23:30 in Shanghai is the 31st");
        assertEquals(4, report.trend().stream().mapToLong(Statistics.Bucket::total).sum());
    }

    @Test
    void thePageTheChartsAndTheCsvShowTheSameFigures() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String query = "?from=2001-03-01&to=2001-03-31";
            String page = browser.openHtml("/supervision/statistics" + query).asNormalizedText();
            assertTrue(page.contains("stats-a") && page.contains("75%") && page.contains("¥350"), page);

            String csv = browser.open("/supervision/statistics/export" + query).getWebResponse().getContentAsString();
            assertTrue(csv.contains("\r\n*,4,5400,3,75,35000,2,1,1,1,25,3,2,67,0\r\n"), csv);
            assertTrue(csv.contains("\r\nstats-a,3,7200,2,67,15000,1,1,1,1,33,2,1,50,0\r\n"), csv);

            var trend = browser.open("/supervision/statistics/trend.svg" + query).getWebResponse();
            assertEquals("image/svg+xml", trend.getContentType());
            assertEquals("UTF-8", trend.getContentCharset().name());
            assertTrue(trend.getContentAsString().startsWith("<svg") && trend.getContentAsString().contains("03-01"));
            String mix = browser.open("/supervision/statistics/outcomes.svg" + query).getWebResponse()
                    .getContentAsString();
            assertTrue(mix.contains(">stats-a</text>") && mix.contains("Full refund: 2 (50%)"), mix);

            org.htmlunit.WebRequest chinese = new org.htmlunit.WebRequest(
                    new java.net.URL(Browser.PORTAL + "/supervision/statistics/outcomes.svg" + query));
            chinese.setAdditionalHeader("Accept-Language", "zh-CN");
            String mixZh = browser.client().getPage(chinese).getWebResponse().getContentAsString();
            assertTrue(mixZh.contains(">全部</text>") && mixZh.contains("全额退款"), "the chart in Chinese: " + mixZh);

            assertEquals(400, browser.open("/supervision/statistics?from=2001-03-31&to=2001-03-01").getWebResponse()
                    .getStatusCode(), "a period that ends before it starts");
            assertEquals(400, browser.open("/supervision/statistics?from=March").getWebResponse().getStatusCode());
        }
    }

    private long ruling(String arbitrator, String outcome, long refund, long seconds, boolean slaMet, String at,
            String state) {
        long dispute = IntakeRequests.newCase();
        return Sql.number(db, "INSERT INTO rulings (id, dispute_id, outcome, refund_amount, currency, responsible_party,"
                + " clause_code, clause_version, rationale, arbitrator, ruled_at, evidence_hashes, state,"
                + " seconds_to_ruling, sla_met) VALUES (nextval('ruling_seq'), " + dispute + ", '" + outcome + "', "
                + refund + ", 'CNY', 'SELLER', 'QUAL-1', 1, 'A ruling of the statistics fixture.', '" + arbitrator
                + "', '" + at + "', '{}', '" + state + "', " + seconds + ", " + slaMet + ") RETURNING id");
    }

    private void review(long sample, long ruling, String verdict) {
        Sql.run(db, "INSERT INTO qa_reviews (id, sample_id, ruling_id, reviewer, verdict, reviewed_at) VALUES"
                + " (nextval('qa_review_seq'), " + sample + ", " + ruling + ", 'super1', '" + verdict + "', now())");
    }
}
