package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.ruling.RulingDesk.RulingRefused;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** A heavy ruling waits for a second person; approval executes it, sending it back returns the case. */
@QuarkusTest
class FourEyesTest {

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    @Test
    void aSupervisorApprovesFromTheApprovalsPageAndTheRulingIsExecuted() throws Exception {
        long id = largeRefundAwaitingApproval("arbiter1");
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            HtmlPage approvals = browser.openHtml("/supervision/approvals");
            HtmlForm approve = approvals.getFirstByXPath("//form[contains(@action, '/approve')][ancestor::section"
                    + "[.//a[@href='/disputes/" + id + "']]]");
            HtmlPage after = approve.<HtmlButton> getFirstByXPath(".//button").click();

            assertTrue(after.asNormalizedText().contains("The ruling is approved and in effect."));
        }
        assertEquals("RULED:EFFECTIVE:super1:PENDING", query("SELECT d.status || ':' || r.state || ':' || r.reviewed_by"
                + " || ':' || i.state FROM disputes d JOIN rulings r ON r.dispute_id = d.id"
                + " JOIN refund_instructions i ON i.dispute_id = d.id WHERE d.id = " + id));
    }

    @Test
    void aSupervisorSendsAFailedRefundAgainFromItsPageAndArbitratorsSeeNeither() throws Exception {
        long id = largeRefundAwaitingApproval("arbiter1");
        desk.approve(Sql.number(db, "SELECT id FROM rulings WHERE dispute_id = " + id), "super1");
        Sql.run(db, "UPDATE refund_instructions SET state = 'FAILED', attempts = 3, next_attempt_at = NULL,"
                + " last_error = 'HTTP 500' WHERE dispute_id = " + id);
        try (Browser supervisor = new Browser(); Browser arbitrator = new Browser()) {
            supervisor.signIn("super1", "demo");
            HtmlPage refunds = supervisor.openHtml("/supervision/refunds");
            HtmlForm retry = refunds.getFirstByXPath("//tr[.//a[@href='/disputes/" + id + "']]//form");
            String row = refunds.<org.htmlunit.html.HtmlElement> getFirstByXPath(
                    "//tr[.//a[@href='/disputes/" + id + "']]").asNormalizedText();
            String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id);
            assertTrue(row.startsWith(caseNo) && row.contains("HTTP 500"), "named by its case number: " + row);
            HtmlPage after = retry.<HtmlButton> getFirstByXPath(".//button").click();

            assertTrue(after.asNormalizedText().contains("The refund will be sent again."));
            assertEquals("PENDING:0", Sql.text(db, "SELECT state || ':' || attempts FROM refund_instructions"
                    + " WHERE dispute_id = " + id));

            arbitrator.signIn("arbiter2", "demo");
            for (String page : new String[] { "/supervision/refunds", "/supervision/approvals" }) {
                assertEquals(403, arbitrator.open(page).getWebResponse().getStatusCode(), page);
            }
        }
    }

    @Test
    void theAuthorCannotApproveTheirOwnRuling() throws Exception {
        long id = largeRefundAwaitingApproval("super1");
        long ruling = Long.parseLong(query("SELECT id FROM rulings WHERE dispute_id = " + id));

        RulingRefused refused = assertThrows(RulingRefused.class, () -> desk.approve(ruling, "super1"));

        assertEquals(RulingRefused.Reason.OWN_RULING, refused.reason);
        assertEquals("PENDING_APPROVAL:0", query("SELECT status || ':' || (SELECT count(*) FROM refund_instructions"
                + " WHERE dispute_id = " + id + ") FROM disputes WHERE id = " + id));
    }

    @Test
    void aRulingSentBackReturnsTheCaseToItsArbitratorAndExecutesNothing() throws Exception {
        long id = largeRefundAwaitingApproval("arbiter2");
        long ruling = Long.parseLong(query("SELECT id FROM rulings WHERE dispute_id = " + id));

        desk.reject(ruling, "super1", "The refund should be partial: the coat was worn.");

        assertEquals("IN_REVIEW:arbiter2:SENT_BACK:0", query("SELECT d.status || ':' || d.assignee || ':' || r.state"
                + " || ':' || (SELECT count(*) FROM refund_instructions WHERE dispute_id = d.id)"
                + " FROM disputes d JOIN rulings r ON r.dispute_id = d.id WHERE d.id = " + id));
        assertEquals(RulingRefused.Reason.NOT_WAITING, assertThrows(RulingRefused.class,
                () -> desk.approve(ruling, "super1")).reason, "a ruling sent back cannot be approved");
    }

    private long largeRefundAwaitingApproval(String arbitrator) throws Exception {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.amount(dispute, 800000));
        assertTrue(claims.claim(id, arbitrator));
        long version = Sql.version(db, id);
        RulingDesk.Made made = desk.rule(id, arbitrator, new RulingDecision(RulingOutcome.FULL_REFUND,
                Money.yuan(800000), ResponsibleParty.SELLER, Optional.empty(), new PolicyClause.Key("QUAL-1", 1),
                "The coat is not the colour that was listed.", version));
        assertEquals(RulingState.PENDING_APPROVAL, made.ruling().state);
        return id;
    }

    private String query(String sql) {
        return Sql.text(db, sql);
    }
}
