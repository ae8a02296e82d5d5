package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Mails;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import arbiter.penalty.Appeals;
import arbiter.penalty.Appeals.AppealRefused;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.PenalisedCases;
import arbiter.seller.AppealFiling;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A supervisor decides a shop's appeal beside the ruling it is against. Overturning gives the points back,
 * lifts the measure, tells the shop and writes one audit event; a refused decision changes nothing.
 */
@QuarkusTest
class AppealDecisionTest {

    @Inject
    PenalisedCases cases;

    @Inject
    AppealDesk appealDesk;

    @Inject
    AppealFiling appealFiling;

    @Inject
    AgroalDataSource db;

    @Test
    void overturningFromTheAppealPageReversesPointsAndMeasureAndTellsTheShop() throws Exception {
        Fixture f = penalisedAndAppealed("arbiter1");
        assertEquals(12, points(f.shop));
        long events = events(f.disputeId);
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            HtmlPage list = browser.openHtml("/supervision/appeals");
            HtmlPage page = list.getAnchorByHref("/supervision/appeals/" + f.appealId).click();
            String text = page.asNormalizedText();
            assertTrue(text.contains("The delivery was late because of the snow storm"), "the shop's statement");
            assertTrue(text.contains("The seller shipped a different coat than the one listed."), "the ruling");
            assertTrue(text.contains("The shop has not opened the penalty notice in the portal."), text);

            HtmlForm form = page.getFirstByXPath("//form[contains(@action, '/decision')]");
            form.<HtmlRadioButtonInput> getFirstByXPath(".//input[@value='overturn']").setChecked(true);
            form.<HtmlTextArea> getFirstByXPath(".//textarea[@name='reason']")
                    .setText("The listing photos do show this coat; the ruling misread them.");
            HtmlPage after = form.<HtmlButton> getFirstByXPath(".//button").click();
            assertTrue(after.asNormalizedText().contains("The penalty is overturned"), after.asNormalizedText());
        }
        assertEquals(0, points(f.shop), "the 12 points are given back");
        assertEquals("OVERTURNED:super1", Sql.text(db, "SELECT state || ':' || decided_by FROM appeals WHERE id = "
                + f.appealId));
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM shop_measures WHERE shop_id = '" + f.shop
                + "' AND lifted_at IS NOT NULL AND lifted_by = 'super1'"), "the 12-point measure is lifted");
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM penalty_notices WHERE shop_id = '" + f.shop
                + "' AND kind = 'OVERTURN'"));
        assertEquals(events + 1, events(f.disputeId), "one event for the decision");
        assertEquals("APPEAL_OVERTURNED:super1:supervisor:PENDING:OVERTURNED", Sql.text(db, "SELECT action || ':'"
                + " || actor || ':' || actor_role || ':' || (before_state->>'state') || ':' || (after_state->>'state')"
                + " FROM audit_events WHERE id = (SELECT max(id) FROM audit_events WHERE target_id = '"
                + f.disputeId + "')"));
        MimeMessage mail = Mails.await(s -> s.contains(f.caseNo) && s.contains("申诉成功"), "the overturn notice");
        assertTrue(Mails.text(mail).contains("12"), Mails.text(mail));
    }

    @Test
    void upholdingLeavesThePenaltyAndASecondDecisionIsRefused() {
        Fixture f = penalisedAndAppealed("arbiter2");
        appealDesk.decide(f.appealId, false, "super1", "The photos show the wrong coat was sent.");
        long events = events(f.disputeId);

        AppealRefused again = assertThrows(AppealRefused.class,
                () -> appealDesk.decide(f.appealId, true, "super1", "Changed my mind about this one."));

        assertEquals(AppealRefused.Reason.DECIDED, again.reason);
        assertEquals(12, points(f.shop));
        assertEquals("UPHELD", Sql.text(db, "SELECT state FROM appeals WHERE id = " + f.appealId));
        assertEquals(events, events(f.disputeId), "a refused decision writes no event");
    }

    @Test
    void nobodyDecidesAnAppealAgainstTheirOwnRulingNorWithoutAReason() {
        Fixture f = penalisedAndAppealed("super1");
        long events = events(f.disputeId);

        assertEquals(AppealRefused.Reason.OWN_RULING, assertThrows(AppealRefused.class,
                () -> appealDesk.decide(f.appealId, true, "super1", "I was wrong, overturning it.")).reason);
        assertEquals(AppealRefused.Reason.REASON_LENGTH, assertThrows(AppealRefused.class,
                () -> appealDesk.decide(f.appealId, true, "super2", "  short ")).reason);

        assertEquals("PENDING", Sql.text(db, "SELECT state FROM appeals WHERE id = " + f.appealId));
        assertEquals(12, points(f.shop));
        assertEquals(events, events(f.disputeId));
    }

    @Test
    void aShopAppealsOncePerPenaltyAndOnlyItsOwn() {
        Fixture f = penalisedAndAppealed("arbiter1");
        long penalty = Sql.number(db, "SELECT penalty_id FROM appeals WHERE id = " + f.appealId);

        assertEquals(AppealRefused.Reason.SECOND, assertThrows(AppealRefused.class,
                () -> appealFiling.file(f.shop, penalty, "A second appeal against the same penalty.",
                        java.util.List.of())).reason);
        assertThrows(arbiter.system.NotFound.class,
                () -> appealFiling.file("shop-2", penalty, "Another shop appealing a penalty it does not have.",
                        java.util.List.of()));
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM appeals WHERE penalty_id = " + penalty));
    }

    private record Fixture(long disputeId, String caseNo, String shop, long appealId) {
    }

    /** A case of a shop of its own, ruled by {@code arbitrator} with a serious penalty (12 points), appealed. */
    private Fixture penalisedAndAppealed(String arbitrator) {
        String shop = IntakeRequests.newShopId();
        PenalisedCases.Penalised ruled = cases.ruled(shop, arbitrator, PenaltyGrade.SERIOUS,
                "The seller shipped a different coat than the one listed.");
        long id = ruled.disputeId();
        long penalty = ruled.penaltyId();
        Appeals.Summary appeal = appealFiling.file(shop, penalty, "The delivery was late because of the snow storm, not us.",
                java.util.List.of());
        return new Fixture(id, Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id), shop, appeal.id());
    }

    private int points(String shop) {
        return (int) Sql.number(db, "SELECT coalesce(sum(delta), 0) FROM points_ledger WHERE shop_id = '" + shop + "'");
    }

    private long events(long disputeId) {
        return Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'dispute' AND target_id = '"
                + disputeId + "'");
    }
}
