package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.CaseNotes;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The audit page: each filter narrows, pages run by event id, the CSV holds the same events, bad filters 400. */
@QuarkusTest
class AuditPageTest {

    @Inject
    CaseClaims claims;

    @Inject
    CaseNotes notes;

    @Inject
    AgroalDataSource db;

    @Test
    void filtersNarrowToTheCaseTheShopTheActionAndTheActorAndTheCsvHoldsTheSame() throws Exception {
        String shop = IntakeRequests.newShopId();
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        claims.claim(id, "arbiter1");
        notes.add(id, "arbiter1", "=HYPERLINK(\"http://example.invalid\",\"click\")");
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id);
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");

            String byCase = browser.openHtml("/supervision/audit?case=" + caseNo).asNormalizedText();
            assertTrue(byCase.contains("Escalated by the platform") && byCase.contains("Claimed")
                    && byCase.contains("Note added"), byCase);
            String byShop = browser.openHtml("/supervision/audit?shop=" + shop).asNormalizedText();
            assertEquals(3, count(byShop, caseNo), "the shop's three events: " + byShop);
            String byAction = browser.openHtml("/supervision/audit?shop=" + shop + "&action=CLAIMED").asNormalizedText();
            assertEquals(1, count(byAction, caseNo), byAction);

            String csv = browser.open("/supervision/audit/export?case=" + caseNo).getWebResponse().getContentAsString();
            String[] lines = csv.split("\r\n");
            assertEquals(4, lines.length, "header and three events: " + csv);
            assertTrue(lines[0].startsWith("id,occurred_at,actor,"), lines[0]);
            assertTrue(csv.contains(",\"note==HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\","), "quoted: " + csv);
        }
    }

    @Test
    void aPageStartsBeforeTheEventItIsGivenNewestFirst() throws Exception {
        String shop = IntakeRequests.newShopId();
        for (int i = 0; i < 3; i++) {
            IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        }
        java.util.List<Long> ids = java.util.List.of(
                Sql.number(db, "SELECT max(id) FROM audit_events WHERE shop_id = '" + shop + "'"),
                Sql.number(db, "SELECT min(id) FROM audit_events WHERE shop_id = '" + shop + "'"));
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String newest = Sql.text(db, "SELECT (extract(epoch FROM occurred_at) * 1000000)::bigint || '_' || id"
                    + " FROM audit_events WHERE id = " + ids.get(0));
            HtmlPage page = browser.openHtml("/supervision/audit?shop=" + shop + "&before=" + newest);
            java.util.List<String> shown = page.<org.htmlunit.html.HtmlTableCell> getByXPath(
                    "//table[contains(@class,'audit')]/tbody/tr/td[1]").stream().map(c -> c.asNormalizedText()).toList();
            assertEquals(2, shown.size(), "the two events before the newest: " + shown);
            assertTrue(Long.parseLong(shown.get(0)) > Long.parseLong(shown.get(1)), "newest first: " + shown);
            assertEquals(Long.toString(ids.get(1)), shown.get(1));
        }
    }

    @Test
    void eachBadFilterIsRefusedWithItsMessageAndTheFormKept() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String[][] cases = {
                    { "action=NOT_AN_ACTION", "That is not an audited action." },
                    { "from=2026-13-01", "Dates are written YYYY-MM-DD." },
                    { "from=2026-03-02&to=2026-03-01", "The period ends before it starts." },
                    { "actor=%3Cscript%3E", "An actor is a user name" },
                    { "case=AR%27%20OR%201%3D1", "A case number holds letters" },
                    { "before=-5", "That page position is not valid" },
                    { "before=12", "That page position is not valid" } };
            for (String[] bad : cases) {
                HtmlPage page = browser.openHtml("/supervision/audit?" + bad[0]);
                assertEquals(400, page.getWebResponse().getStatusCode(), bad[0]);
                assertTrue(page.asNormalizedText().contains(bad[1]), bad[0] + ": " + page.asNormalizedText());
            }
            assertEquals(400, browser.open("/supervision/audit/export?action=NOPE").getWebResponse().getStatusCode());
        }
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
