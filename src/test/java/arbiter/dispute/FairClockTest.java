package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.evidence.EvidenceRequests;
import arbiter.intake.IntakeRequests;
import arbiter.intake.Withdrawals;
import arbiter.money.Money;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Fair clocks (DESIGN "Dispute lifecycle", issue 15): the SLA pauses while a case waits on a party, the queue and its
 * counts read the paused clock, a decided case says how its clock ended, and a missed evidence deadline flags the case.
 */
@QuarkusTest
class FairClockTest {

    @Inject
    CaseClaims claims;

    @Inject
    EvidenceRequests requests;

    @Inject
    DisputeQueue queue;

    @Inject
    RulingDesk desk;

    @Inject
    Withdrawals withdrawals;

    @Inject
    AgroalDataSource db;

    @Test
    void aCaseThatWaitedThirtyHoursOnTheSellerIsDueThirtyHoursLater() {
        long waited = claimed(80);
        long plain = claimed(80);
        requests.request(waited, Set.of(Party.SELLER), "Your packing photos, please.", "arbiter1");
        assertEquals("AWAITING_EVIDENCE:true", text("SELECT status || ':' || (sla_paused_at IS NOT NULL) FROM disputes"
                + " WHERE id = " + waited), "the clock pauses with the request");
        // The wait began 30 hours ago.
        Sql.run(db, "UPDATE disputes SET sla_paused_at = sla_paused_at - interval '30 hours' WHERE id = " + waited);

        requests.submit(waited, Party.SELLER, "Here is how we packed it.", List.of());

        assertEquals("IN_REVIEW:false", text("SELECT status || ':' || (sla_paused_at IS NOT NULL) FROM disputes"
                + " WHERE id = " + waited));
        long later = Sql.number(db, "SELECT round(extract(epoch FROM w.sla_due_at - w.escalated_at)"
                + " - extract(epoch FROM p.sla_due_at - p.escalated_at)) FROM disputes w, disputes p"
                + " WHERE w.id = " + waited + " AND p.id = " + plain);
        assertEquals(Duration.ofHours(30).toSeconds(), later, 2, "due 30 h later than the case that did not wait");
        assertEquals(Duration.ofHours(72).toSeconds(), Sql.number(db, "SELECT round(extract(epoch FROM"
                + " sla_due_at - escalated_at)) FROM disputes WHERE id = " + plain), "the other is due as it was");
    }

    /** The case was 8 hours overdue by the old clock; the 30 hours it waited make its ruling one within the SLA. */
    @Test
    void aRulingAfterAWaitIsWithinTheSlaByThePausedClock() throws Exception {
        long id = claimed(80);
        requests.request(id, Set.of(Party.SELLER), "Your packing photos, please.", "arbiter1");
        Sql.run(db, "UPDATE disputes SET sla_paused_at = sla_paused_at - interval '30 hours' WHERE id = " + id);
        requests.submit(id, Party.SELLER, "Here is how we packed it.", List.of());

        desk.rule(id, "arbiter1", decision(id, RulingOutcome.REJECTED, 0));

        assertEquals("true", text("SELECT sla_met::text FROM rulings WHERE dispute_id = " + id));
        assertEquals("true", text("SELECT (sla_stopped_at IS NOT NULL)::text FROM disputes WHERE id = " + id));
        assertTrue(casePage(id).contains("ruled in 3d 8h, within SLA"), "the case says how its clock ended");
    }

    @Test
    void aPausedCaseShowsTheTimeItHadLeftAndIsNeitherDueSoonNorOverdue() throws Exception {
        long id = claimed(1);
        requests.request(id, Set.of(Party.BUYER), "The photo of the label, please.", "arbiter1");
        long dueSoon = queue.countDueSoon();
        long overdue = queue.countOverdue();
        // Paused with 2 h left (inside the 4 h warning window), and first in the queue's SLA order.
        Sql.run(db, "UPDATE disputes SET sla_paused_at = timestamptz '1999-01-01 10:00Z',"
                + " sla_due_at = timestamptz '1999-01-01 12:00Z' WHERE id = " + id);

        assertEquals(dueSoon, queue.countDueSoon(), "a paused clock does not run out");
        assertEquals(overdue, queue.countOverdue(), "nor is it overdue, though its due time is long past");
        String line = queueLine("/disputes?status=AWAITING_EVIDENCE", id);
        assertTrue(line.contains("paused · 2h 0m left"), line);

        Sql.run(db, "UPDATE disputes SET sla_paused_at = timestamptz '1999-01-01 13:00Z' WHERE id = " + id);
        assertEquals(overdue + 1, queue.countOverdue(), "overdue when it was already overdue as the wait began");
        assertTrue(queueLine("/disputes?status=AWAITING_EVIDENCE", id).contains("paused · 1h 0m overdue"));
    }

    @Test
    void aRuledAPendingAndAWithdrawnCaseSayHowTheirClockEnded() throws Exception {
        long ruled = claimed(31);
        desk.rule(ruled, "arbiter1", decision(ruled, RulingOutcome.REJECTED, 0));
        long pending = claimed(5);
        // A refund of ¥599 is below the approval threshold; ¥5,000 and above needs a supervisor.
        Sql.run(db, "UPDATE disputes SET amount_paid = 600000, requested_refund = 600000 WHERE id = " + pending);
        desk.rule(pending, "arbiter1", decision(pending, RulingOutcome.FULL_REFUND, 600000));
        long withdrawn = IntakeRequests.newCase(d -> d.put("escalatedAt", hoursAgo(12)));
        withdrawals.withdraw(withdrawn, WithdrawalReason.SETTLED, "", OffsetDateTime.now().toInstant());

        assertTrue(casePage(ruled).contains("ruled in 1d 7h, within SLA"), "ruled");
        String pendingPage = casePage(pending);
        assertTrue(pendingPage.contains("awaiting approval since") && pendingPage.contains("ruled in 5h 0m, within SLA"),
                pendingPage);
        assertTrue(casePage(withdrawn).contains("withdrawn after 12h 0m"), "withdrawn");
        for (long id : List.of(ruled, pending, withdrawn)) {
            assertFalse(casePage(id).contains("SLA left 2d"), "no countdown left running on " + id);
        }
    }

    @Test
    void aMissedDeadlineFlagsTheCaseAndTheRulingFormOffersTheClausesForASilentPartyFirst() throws Exception {
        long id = claimed(2);
        requests.request(id, Set.of(Party.SELLER), "Your packing photos, please.", "arbiter1");
        Sql.run(db, "UPDATE evidence_requests SET due_at = now() - interval '1 minute' WHERE dispute_id = " + id);

        requests.closeOverdue();

        assertEquals("IN_REVIEW:true:false", text("SELECT status || ':' || no_answer_from_seller || ':' || no_answer_from_buyer"
                + " FROM disputes WHERE id = " + id));
        assertTrue(casePage(id).contains("No answer from the seller"), "on the case");
        Sql.run(db, "UPDATE disputes SET sla_due_at = timestamptz '1999-01-01 12:00Z' WHERE id = " + id);
        String line = queueLine("/disputes?status=IN_REVIEW", id);
        assertTrue(line.contains("No answer from the seller"), line);
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage form = browser.openHtml("/disputes/" + id + "/rulings/new");
            HtmlSelect clauses = form.getElementByName("clause");
            List<String> offered = clauses.getOptions().stream().map(HtmlOption::getValueAttribute)
                    .filter(v -> !v.isEmpty()).toList();
            assertEquals("NOEV-1/1", offered.get(0), "the clause for a seller that did not answer comes first");
            assertTrue(offered.contains("QUAL-1/1") && offered.contains("NOEV-2/1"), "then every other clause");
            assertTrue(form.asXml().contains("label=\"For a party that did not answer in time\""), "in their group");
            assertTrue(form.asNormalizedText().contains("No answer from the seller"), "the form says why");
        }

        requests.request(id, Set.of(Party.SELLER), "One more try: the packing list.", "arbiter1");
        requests.submit(id, Party.SELLER, "The packing list.", List.of());
        assertEquals("false", text("SELECT no_answer_from_seller::text FROM disputes WHERE id = " + id),
                "the flag clears once the seller answers a later request");
    }

    /** A new case escalated {@code hoursAgo} hours ago, claimed by arbiter1. */
    private long claimed(int hoursAgo) {
        long id = IntakeRequests.newCase(d -> d.put("escalatedAt", hoursAgo(hoursAgo)));
        assertTrue(claims.claim(id, "arbiter1"));
        return id;
    }

    private static String hoursAgo(int hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).minusHours(hours).toString();
    }

    private RulingDecision decision(long id, RulingOutcome outcome, long refundFen) {
        return new RulingDecision(outcome, Money.yuan(refundFen), outcome == RulingOutcome.REJECTED
                ? ResponsibleParty.BUYER
                : ResponsibleParty.SELLER, Optional.empty(),
                new PolicyClause.Key(
                        outcome == RulingOutcome.REJECTED ? "BUY-1" : "QUAL-1", 1),
                "The photos show the coat as it was listed.", Sql.version(db, id));
    }

    private String casePage(long id) throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            return browser.openHtml("/disputes/" + id).asNormalizedText();
        }
    }

    /** The text of the case's line in the queue view {@code path}, where it is first in SLA order. */
    private String queueLine(String path, long id) throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            HtmlPage page = browser.openHtml(path);
            org.htmlunit.html.HtmlElement row = page.getFirstByXPath("//tr[td/a[@href='/disputes/" + id + "']]");
            assertTrue(row != null, "the case is in " + path);
            return row.asNormalizedText();
        }
    }

    private String text(String query) {
        return Sql.text(db, query);
    }
}
