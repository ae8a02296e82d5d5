package arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import arbiter.Browser;
import arbiter.DemoProfile;
import arbiter.Sql;
import arbiter.audit.ChainVerification;
import arbiter.dispute.BuyerRecord;
import arbiter.dispute.DisputeTally;
import arbiter.dispute.PartyRecords;
import arbiter.dispute.ShopRecord;
import arbiter.ruling.AmountBand;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A first run (the demo loaded on an empty database, as {@code bin/run} does) gives every role its work
 * (issue 13, "The first run shows every role's work"): each demo user's share is counted in the database, the
 * way the services wrote it, and then seen on that user's own pages after signing in on Keycloak.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoFirstRunTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ChainVerification chain;

    @Inject
    PartyRecords records;

    @Inject
    arbiter.event.CaseEventRelay events;

    @ConfigProperty(name = "arbiter.platform.signing-key")
    String platformKey;

    @BeforeEach
    void demoLoaded() throws Exception {
        DemoProfile.awaitDemo(db);
    }

    private long count(String sql) {
        return Sql.number(db, sql);
    }

    @ParameterizedTest
    @ValueSource(strings = { "shop-1", "shop-2" })
    void eachSellerHasNoticesInEveryStatePointsAndOpenEvidenceRequests(String shop) {
        String notices = "SELECT count(*) FROM penalty_notices WHERE kind = 'PENALTY' AND shop_id = '" + shop + "'";
        assertTrue(count(notices + " AND first_read_at IS NULL") >= 1, "unread");
        assertTrue(count(notices + " AND first_read_at IS NOT NULL") >= 1, "read");
        for (String state : new String[] { "PENDING", "UPHELD", "OVERTURNED" }) {
            assertTrue(count("SELECT count(*) FROM appeals WHERE shop_id = '" + shop + "' AND state = '" + state + "'") >= 1,
                    shop + " has an appeal " + state);
        }
        assertTrue(count("SELECT coalesce(sum(delta), 0) FROM points_ledger WHERE shop_id = '" + shop
                + "' AND points_year = extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')") > 0, "points this year");
        assertTrue(count("""
                SELECT count(*) FROM evidence_requests r JOIN disputes d ON d.id = r.dispute_id
                WHERE d.shop_id = '%s' AND r.party = 'SELLER' AND r.closed_at IS NULL AND r.due_at > now()"""
                .formatted(shop)) >= 1, "an open evidence request with its deadline ahead");
    }

    /** The withdrawn demo cases went through the platform's withdrawal, so each says why and has its one event. */
    @Test
    void theWithdrawnCasesWereWithdrawnByThePlatformWithAReason() {
        long withdrawn = count("SELECT count(*) FROM disputes WHERE status = 'WITHDRAWN'");
        assertTrue(withdrawn > 0, "the demo has withdrawn cases");
        assertEquals(withdrawn, count("SELECT count(*) FROM disputes WHERE status = 'WITHDRAWN'"
                + " AND withdrawal_reason IS NOT NULL AND withdrawn_at IS NOT NULL AND withdrawal_note <> ''"));
        assertEquals(withdrawn, count("SELECT count(*) FROM audit_events WHERE action = 'WITHDRAWN'"));
        assertEquals(withdrawn, count("SELECT count(*) FROM case_events WHERE type = 'WITHDRAWN'"), "and its case event");
    }

    /**
     * The demo platform receives the demo's case events as the relay pushes them, checking each signature, and shows
     * the latest at {@code /demo/platform/events} (what {@code bin/run}'s banner points to); a forged signature is
     * refused (401) and a signed body that is not JSON too (400), neither kept.
     */
    @Test
    void theDemoPlatformReceivesTheCaseEventsAndShowsThem() {
        events.deliverDue();
        long delivered = count("SELECT count(*) FROM case_events WHERE delivery = 'DELIVERED'");
        assertTrue(delivered > 0);
        assertEquals(0, count("SELECT count(*) FROM case_events WHERE delivery <> 'DELIVERED'"));
        io.restassured.path.json.JsonPath shown = io.restassured.RestAssured.given().get("/demo/platform/events")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(delivered, shown.getLong("receivedInAll"));
        assertEquals(Math.min(delivered, DemoPlatformReceiver.KEPT), shown.getList("latest").size());
        String newest = shown.getString("latest[0].idempotencyKey");
        assertEquals(newest, shown.getString("latest[0].event.id"));

        io.restassured.RestAssured.given().header("X-Arbiter-Signature", "sha256=00").body("{\"id\":\"forged\"}")
                .post("/demo/platform/events").then().statusCode(401);
        String notJson = "not json";
        io.restassured.RestAssured.given()
                .header("X-Arbiter-Signature", arbiter.system.WebhookSignature.of(notJson, platformKey))
                .body(notJson).post("/demo/platform/events").then().statusCode(400);
        assertEquals(delivered, io.restassured.RestAssured.given().get("/demo/platform/events").then()
                .statusCode(200).extract().jsonPath().getLong("receivedInAll"), "neither was kept");
    }

    /**
     * The demo's history wrote the platform's case events as it went: each ruled case has its RULED event, each
     * claimed one its claim, and every case's events are numbered 1, 2, 3 … without a gap.
     */
    @Test
    void theDemosHistoryWroteTheCaseEventsThePlatformReads() {
        assertEquals(count("SELECT count(*) FROM disputes WHERE status = 'RULED'"),
                count("SELECT count(DISTINCT e.dispute_id) FROM case_events e JOIN disputes d ON d.id = e.dispute_id"
                        + " WHERE d.status = 'RULED' AND e.type = 'RULED'"));
        assertTrue(count("SELECT count(*) FROM case_events WHERE type = 'CASE_CLAIMED'") > 0);
        assertEquals(0, count("SELECT count(*) FROM (SELECT dispute_id FROM case_events GROUP BY dispute_id"
                + " HAVING max(sequence) <> count(*) OR min(sequence) <> 1) gaps"));
    }

    @Test
    void rulingsMarkWhatTheyReliedOnAndEverySellersNoticeShowsIt() {
        // Issue 16: every demo ruling marks the buyer's first message and a photo, so a seller's notice and the
        // supervisor's appeal page show the evidence relied on from the first run.
        assertEquals(0, count("SELECT count(*) FROM rulings WHERE cardinality(relied_on_messages) = 0"
                + " OR cardinality(relied_on_photos) = 0"));
        for (String shop : new String[] { "shop-1", "shop-2" }) {
            assertTrue(count("SELECT count(*) FROM penalty_notices n JOIN penalties p ON p.id = n.penalty_id"
                    + " JOIN rulings r ON r.id = p.ruling_id WHERE cardinality(r.relied_on_messages) > 0"
                    + " AND p.shop_id = '" + shop + "'") > 0, shop);
        }
    }

    @Test
    void oneSellerHasAMeasureInForceAndTheOtherNone() {
        String inForce = "SELECT count(*) FROM shop_measures WHERE lifted_at IS NULL AND starts_at <= now()"
                + " AND (ends_at IS NULL OR ends_at > now()) AND shop_id = ";
        assertTrue(count(inForce + "'shop-1'") >= 1, "shop-1 is under a measure");
        assertEquals(0, count(inForce + "'shop-2'"), "shop-2 is not");
    }

    @Test
    void theSupervisorFindsApprovalsAppealsAFailedRefundAnOpenQaSampleAndWeeksOfStatistics() {
        assertTrue(count("SELECT count(*) FROM rulings WHERE state = 'PENDING_APPROVAL'") >= 1, "approvals");
        assertTrue(count("SELECT count(*) FROM appeals WHERE state = 'PENDING'") >= 2, "appeals to decide");
        assertEquals(1, count("SELECT count(*) FROM refund_instructions WHERE state = 'FAILED'"), "a failed refund");
        assertTrue(count("SELECT count(*) FROM qa_reviews WHERE verdict IS NULL") >= 1, "an open QA sample");
        assertTrue(count("SELECT count(*) FROM qa_reviews WHERE verdict IS NOT NULL") >= 1, "with reviews begun");
        assertTrue(count("SELECT count(DISTINCT date_trunc('week', ruled_at)) FROM rulings") >= 4,
                "rulings over at least four weeks");
        assertTrue(count("SELECT count(*) FROM rulings WHERE reviewed_by = 'super1' AND state = 'EFFECTIVE'") >= 1,
                "approvals given before");
    }

    @ParameterizedTest
    @ValueSource(strings = { "arbiter1", "arbiter2" })
    void eachArbitratorHoldsCasesWithNotesAndEvidenceRequests(String arbitrator) {
        assertTrue(count("SELECT count(*) FROM disputes WHERE assignee = '" + arbitrator
                + "' AND status IN ('IN_REVIEW', 'AWAITING_EVIDENCE')") >= 3, "held cases");
        assertTrue(count("SELECT count(*) FROM case_notes n JOIN disputes d ON d.id = n.dispute_id WHERE d.assignee = '"
                + arbitrator + "'") >= 3, "notes on held cases");
        assertTrue(count("SELECT count(*) FROM evidence_requests WHERE requested_by = '" + arbitrator
                + "' AND closed_at IS NULL") >= 1, "open evidence requests");
    }

    @Test
    void theAuditTrailTellsTheHistoryByItsActorsAndItsChainVerifies() {
        for (String action : new String[] { "ESCALATED", "CLAIMED", "NOTE_ADDED", "EVIDENCE_REQUESTED",
                "EVIDENCE_SUBMITTED", "RULED", "RULING_APPROVED", "REFUND_DELIVERED", "REFUND_FAILED", "NOTICE_READ",
                "APPEAL_FILED", "APPEAL_UPHELD", "APPEAL_OVERTURNED", "QA_SAMPLE_DRAWN", "QA_REVIEWED" }) {
            assertTrue(count("SELECT count(*) FROM audit_events WHERE action = '" + action + "'") >= 1, action);
        }
        assertEquals(0, count("""
                SELECT count(*) FROM audit_events
                WHERE action IN ('CLAIMED', 'RULED', 'NOTE_ADDED') AND actor NOT IN ('arbiter1', 'arbiter2')"""),
                "arbitrators' work is recorded as theirs");
        assertEquals(0, count("""
                SELECT count(*) FROM audit_events
                WHERE action IN ('APPEAL_FILED', 'NOTICE_READ') AND actor NOT IN ('seller1', 'seller2')"""),
                "sellers' work is recorded as theirs");
        assertTrue(count("SELECT count(DISTINCT date_trunc('day', occurred_at)) FROM audit_events") >= 20,
                "the history spreads over weeks, not the minute of the load");
        ChainVerification.Result verified = chain.verify();
        assertTrue(verified.intact(), "the hash chain verifies: " + verified.firstBreak());
    }

    @Test
    void everyDemoUserSeesTheirWorkOnTheirPages() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage notices = browser.signIn("seller1", "demo").getWebClient().getPage(Browser.PORTAL + "/seller/notices");
            String text = notices.asNormalizedText();
            assertTrue(notices.getByXPath("//a[starts-with(@href, '/seller/notices/')]").size() >= 5, text);
        }
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String approvals = browser.openHtml("/supervision/approvals").asNormalizedText();
            assertTrue(browser.openHtml("/supervision/approvals").getByXPath("//a[starts-with(@href, '/disputes/')]")
                    .size() >= 1, approvals);
            assertTrue(browser.openHtml("/supervision/appeals").getByXPath("//a[starts-with(@href, '/supervision/appeals/')]")
                    .size() >= 2, "appeals listed");
        }
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage mine = browser.openHtml("/disputes?mine=1&status=IN_REVIEW&status=AWAITING_EVIDENCE");
            assertTrue(mine.getByXPath("//a[starts-with(@href, '/disputes/')]").size() >= 3, mine.asNormalizedText());
        }
    }

    /**
     * Issue 16: a word of the demo's chat finds its cases through the search box, the newest first with the word
     * marked, for staff; for a seller, only their shop's.
     */
    @Test
    void aWordOfTheDemoChatFindsItsCase() throws Exception {
        String word = "仓库"; // "亲，稍等，我去仓库那边问一下", one of the sellers' lines
        long newest = count("SELECT max(dispute_id) FROM chat_messages WHERE body LIKE '%" + word + "%'");
        String shop = Sql.text(db, "SELECT shop_id FROM disputes WHERE id = " + newest);
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            HtmlPage found = browser.openHtml("/search?q=" + java.net.URLEncoder.encode(word, "UTF-8"));
            org.htmlunit.html.HtmlElement row = found.getFirstByXPath("//tr[.//a[@href='/disputes/" + newest + "']]");
            // Newer cases may hold the word in a caption only: the results are followed page by page.
            for (int pages = 1; row == null && pages < 20 && found.getFirstByXPath("//a[@rel='next']") != null; pages++) {
                found = found.<org.htmlunit.html.HtmlAnchor> getFirstByXPath("//a[@rel='next']").click();
                row = found.getFirstByXPath("//tr[.//a[@href='/disputes/" + newest + "']]");
            }
            assertTrue(row != null, "the newest case with the word in its chat: " + found.asNormalizedText());
            assertTrue(row.getByXPath(".//mark").stream()
                    .anyMatch(m -> ((org.htmlunit.html.HtmlElement) m).asNormalizedText().equals(word)), row.asXml());
        }
        String seller = shop.equals("shop-1") ? "seller1" : shop.equals("shop-2") ? "seller2" : null;
        if (seller != null) {
            try (Browser browser = new Browser()) {
                browser.signIn(seller, "demo");
                HtmlPage found = browser.openHtml("/seller/search?q=" + java.net.URLEncoder.encode(word, "UTF-8"));
                String link = "//a[@href='/seller/disputes/" + newest + "']";
                for (int pages = 1; found.getFirstByXPath(link) == null && pages < 20
                        && found.getFirstByXPath("//a[@rel='next']") != null; pages++) {
                    found = found.<org.htmlunit.html.HtmlAnchor> getFirstByXPath("//a[@rel='next']").click();
                }
                assertTrue(found.getFirstByXPath(link) != null, found.asNormalizedText());
                assertTrue(found.getByXPath("//a[starts-with(@href, '/disputes/')]").isEmpty(), "only the seller's pages");
            }
        }
    }

    /**
     * Issue 17: one demo buyer keeps being refunded (DemoRepeatBuyer), so the record beside their open case, the one
     * "take next" hands out first, flags them, on the case page too; seller1's points page shows shop-1's
     * dispute-refund rate.
     */
    @Test
    void oneBuyerIsFlaggedForRepeatRefundsAndSeller1SeesItsShopsRefundRate() throws Exception {
        assertEquals(1, count("SELECT count(*) FROM (SELECT buyer_id FROM disputes GROUP BY buyer_id"
                + " HAVING count(*) > 1) repeat"), "one buyer with several cases");
        String buyer = Sql.text(db, "SELECT buyer_id FROM disputes GROUP BY buyer_id HAVING count(*) > 1");
        long open = count("SELECT max(id) FROM disputes WHERE status = 'ESCALATED' AND buyer_id = '" + buyer + "'");
        assertEquals(open, count("SELECT id FROM disputes WHERE status = 'ESCALATED' AND assignee IS NULL"
                + " ORDER BY sla_due_at, id LIMIT 1"), "the case take next hands out first");
        String shop = Sql.text(db, "SELECT shop_id FROM disputes WHERE id = " + open);
        PartyRecords.Parties parties = records.ofCase(open, buyer, shop, java.time.Instant.now());
        BuyerRecord.RepeatRefunds flag = parties.buyer().repeatRefunds().orElseThrow();
        assertTrue(flag.refunds() >= flag.threshold(), flag.toString());
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            String page = browser.openHtml("/disputes/" + open).asNormalizedText();
            assertTrue(page.contains("Repeat refunds: " + flag.refunds() + " refunds in the last " + flag.days()
                    + " days (flagged from " + flag.threshold() + ")"), page);
        }
        ShopRecord shop1 = records.ofShop("shop-1");
        assertTrue(shop1.longer().tally().ruled() > 0, "shop-1 has rulings in the demo's weeks");
        try (Browser browser = new Browser()) {
            browser.signIn("seller1", "demo");
            String page = browser.openHtml("/seller/points").asNormalizedText();
            DisputeTally t = shop1.longer().tally();
            assertTrue(page.contains("Dispute-refund rate, last 90 days"), page);
            assertTrue(page.contains(t.refundPercent() + "% (" + t.refunded() + " refunded of " + t.ruled() + " ruled)"),
                    page);
        }
    }

    /**
     * Issue 17, "Precedents": a run of close cases is ruled alike and a later close case ruled against it
     * (DemoPrecedentRun), so a first run has a departure with its reason, on the case page for supervisors.
     */
    @Test
    void oneRulingDepartsFromARunOfCloseCasesAndSaysWhy() throws Exception {
        assertEquals(1, count("SELECT count(*) FROM rulings WHERE departure"), "one departure");
        assertEquals("shop-1 QUALITY", Sql.text(db, "SELECT d.shop_id || ' ' || d.reason"
                + " FROM rulings r JOIN disputes d ON d.id = r.dispute_id WHERE r.departure"));
        long departed = count("SELECT dispute_id FROM rulings WHERE departure");
        assertTrue(count("SELECT count(*) FROM rulings r JOIN disputes d ON d.id = r.dispute_id"
                + " WHERE r.outcome <> (SELECT outcome FROM rulings WHERE departure) AND d.shop_id = 'shop-1'"
                + " AND d.reason = 'QUALITY' AND d.amount_paid >= " + AmountBand.EVERYDAY.low + " AND d.amount_paid < "
                + AmountBand.EVERYDAY.high + " AND r.departure = false"
                + " GROUP BY r.outcome ORDER BY count(*) DESC LIMIT 1") >= 10, "the run of close cases ruled alike");
        String reason = Sql.text(db, "SELECT departure_reason FROM rulings WHERE departure");
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String page = browser.openHtml("/disputes/" + departed).asNormalizedText();
            assertTrue(page.contains("Departs from most close precedents: " + reason), page);
        }
    }
}
