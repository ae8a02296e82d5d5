package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Mails;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The case workspace: notes, the timeline, the shop's record, and supervisors' unlock and reassign. */
@QuarkusTest
class CaseWorkspaceTest {

    @jakarta.inject.Inject
    arbiter.identity.StaffDirectory staff;

    @Inject
    AgroalDataSource db;

    @Test
    void notesAndTimelineShowWhatHappenedAsText() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage page = submit(browser.openHtml("/disputes/" + id), "/claim");
            HtmlForm noteForm = form(page, "/notes");
            noteForm.getTextAreaByName("body").setText("<b>Check</b> the parcel photo <script>alert(1)</script>");
            page = click(noteForm);

            assertEquals("/disputes/" + id, page.getUrl().getPath(), "post/redirect/get back to the case");
            String notes = text(page, "notes");
            assertTrue(notes.contains("<b>Check</b> the parcel photo <script>alert(1)</script>"), notes);
            assertTrue(page.getByXPath("//section[contains(@class,'notes')]//b").isEmpty(), "no markup rendered");
            String timeline = text(page, "timeline");
            assertTrue(timeline.contains("Escalated by the platform"), timeline);
            assertTrue(timeline.contains("Claimed"), timeline);
            assertTrue(timeline.contains("Note added"), timeline);
            assertTrue(text(page, "history").contains("Points this year"));
        }
    }

    @Test
    void viewingAHeldCaseRenewsItsLeaseOnlyOnceItHasRunDown() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            submit(browser.openHtml("/disputes/" + id), "/claim");
            String fresh = Sql.text(db, "SELECT lease_expires_at FROM disputes WHERE id = " + id);

            browser.open("/disputes/" + id);
            assertEquals(fresh, Sql.text(db, "SELECT lease_expires_at FROM disputes WHERE id = " + id),
                    "a fresh lease is left alone");

            Sql.run(db, "UPDATE disputes SET lease_expires_at = now() + interval '10 minutes' WHERE id = " + id);
            browser.open("/disputes/" + id);
            assertEquals("t", Sql.text(db, "SELECT (lease_expires_at > now() + interval '29 minutes')::text"
                    + " FROM disputes WHERE id = " + id).substring(0, 1), "a lease run down is renewed by activity");
        }
    }

    @Test
    void blankOrOverlongNoteIsRefusedAndNothingIsStored() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            HtmlPage page = browser.openHtml("/disputes/" + id);
            String token = form(page, "/notes").getInputByName("csrf-token").getValue();

            HtmlPage blank = post(browser, "/disputes/" + id + "/notes", token, "body", "   ");
            HtmlPage overlong = post(browser, "/disputes/" + id + "/notes", token, "body", "x".repeat(4001));

            assertTrue(blank.asNormalizedText().contains("A note needs some text."));
            assertTrue(overlong.asNormalizedText().contains("A note holds at most 4,000 characters."));
            assertEquals(0, count("SELECT count(*) FROM case_notes WHERE dispute_id = " + id));
        }
    }

    @Test
    void supervisorUnlocksAndReassignsFromTheCasePageAndArbitratorsMayNot() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser other = new Browser()) {
            other.signIn("arbiter2", "demo"); // the portal learns its staff as they sign in
        }
        for (int i = 0; i < 50 && staff.find("arbiter2").isEmpty(); i++) {
            Thread.sleep(100); // recorded in the background, after the sign-in's answer
        }
        assertTrue(staff.find("arbiter2").isPresent(), "arbiter2 is known staff after signing in");
        try (Browser arbitrator = new Browser(); Browser supervisor = new Browser()) {
            arbitrator.signIn("arbiter1", "demo");
            HtmlPage held = submit(arbitrator.openHtml("/disputes/" + id), "/claim");
            String token = form(held, "/release").getInputByName("csrf-token").getValue();
            int refused = arbitrator.client().getPage(postRequest("/disputes/" + id + "/unlock", token))
                    .getWebResponse().getStatusCode();
            assertEquals(403, refused, "an arbitrator cannot unlock");

            supervisor.signIn("super1", "demo");
            HtmlPage page = supervisor.openHtml("/disputes/" + id);
            assertTrue(page.asNormalizedText().contains("Held by arbiter1"), "who holds it");
            page = submit(page, "/unlock");
            assertTrue(page.asNormalizedText().contains("The case is unlocked and back in the queue."));
            assertEquals("ESCALATED:", statusOf(id));

            HtmlForm reassign = form(page, "/reassign");
            reassign.getSelectByName("arbitrator").setSelectedAttribute("arbiter2", true);
            page = click(reassign);
            assertEquals("IN_REVIEW:arbiter2", statusOf(id));
            String timeline = text(page, "timeline");
            assertTrue(timeline.contains("Unlocked by a supervisor") && timeline.contains("Reassigned by a supervisor"),
                    timeline);

            HtmlForm bad = form(page, "/reassign");
            page = post(supervisor, "/disputes/" + id + "/reassign",
                    bad.getInputByName("csrf-token").getValue(), "arbitrator", "not a user!");
            assertTrue(page.asNormalizedText().contains("Give the user name of the arbitrator"));
            assertEquals("IN_REVIEW:arbiter2", statusOf(id), "a bad name changes nothing");
            for (String nobody : new String[] { "default", "seller1", "admin" }) {
                page = post(supervisor, "/disputes/" + id + "/reassign",
                        form(page, "/reassign").getInputByName("csrf-token").getValue(), "arbitrator", nobody);
                assertTrue(page.asNormalizedText().contains("has not signed in to the portal as arbitration staff"),
                        nobody);
                assertEquals("IN_REVIEW:arbiter2", statusOf(id), nobody + " is no staff member: nothing changes");
            }
        }
    }

    @Test
    void evidenceRequestMailsTheShopAndWaitsForTheAnswer() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage page = submit(browser.openHtml("/disputes/" + id), "/claim");
            HtmlForm request = form(page, "/evidence-requests");
            request.getInputByValue("SELLER").setChecked(true);
            request.getTextAreaByName("note").setText("The parcel's weight on the courier's receipt, please.");
            page = click(request);

            assertEquals("AWAITING_EVIDENCE:arbiter1", statusOf(id));
            assertTrue(text(page, "evidence-requests").contains("The parcel's weight"));
            String caseNo = page.getFirstByXPath("string(//h1/text())").toString().strip();
            MimeMessage mail = Mails.await(s -> s.contains("Evidence requested in dispute " + caseNo),
                    "the evidence request of " + caseNo);
            assertEquals(1, Mails.count(s -> s.contains("Evidence requested in dispute " + caseNo)), "one mail");
            assertEquals("service@shop-1.example", mail.getAllRecipients()[0].toString());
            assertTrue(Mails.text(mail).contains("The parcel's weight"));
        }
    }

    @Test
    void evidenceCanBeRequestedOnlyByTheHolder() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser holder = new Browser(); Browser other = new Browser()) {
            holder.signIn("arbiter1", "demo");
            submit(holder.openHtml("/disputes/" + id), "/claim");
            other.signIn("arbiter2", "demo");
            HtmlPage page = other.openHtml("/disputes/" + id);
            assertTrue(page.getByXPath("//form[contains(@action,'/evidence-requests')]").isEmpty(),
                    "no request form for someone else's case");
            String token = form(page, "/notes").getInputByName("csrf-token").getValue();

            HtmlPage answer = post(other, "/disputes/" + id + "/evidence-requests", token, "party", "BUYER",
                    "note", "Photos of the label");

            assertTrue(answer.asNormalizedText().contains("You do not hold this case."));
            assertEquals("IN_REVIEW:arbiter1", statusOf(id));
            assertEquals(0, count("SELECT count(*) FROM evidence_requests WHERE dispute_id = " + id));
        }
    }

    static HtmlForm form(HtmlPage page, String actionEnd) {
        HtmlForm form = page.getFirstByXPath("//form[substring(@action, string-length(@action) - "
                + (actionEnd.length() - 1) + ") = '" + actionEnd + "']");
        if (form == null) {
            throw new AssertionError("no form ending in " + actionEnd + " on " + page.getUrl());
        }
        return form;
    }

    static HtmlPage submit(HtmlPage page, String actionEnd) throws Exception {
        return click(form(page, actionEnd));
    }

    static HtmlPage click(HtmlForm form) throws Exception {
        HtmlButton button = form.getFirstByXPath(".//button");
        return button.click();
    }

    static String text(HtmlPage page, String sectionClass) {
        Object section = page.getFirstByXPath("//section[contains(@class,'" + sectionClass + "')]");
        return section == null ? "" : ((org.htmlunit.html.DomNode) section).asNormalizedText();
    }

    static WebRequest postRequest(String path, String token, String... fields) throws Exception {
        WebRequest request = new WebRequest(new URL(Browser.PORTAL + path), HttpMethod.POST);
        request.setEncodingType(FormEncodingType.URL_ENCODED);
        List<NameValuePair> parameters = new java.util.ArrayList<>(List.of(new NameValuePair("csrf-token", token)));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parameters.add(new NameValuePair(fields[i], fields[i + 1]));
        }
        request.setRequestParameters(parameters);
        return request;
    }

    static HtmlPage post(Browser browser, String path, String token, String... fields) throws Exception {
        return browser.client().getPage(postRequest(path, token, fields));
    }

    String statusOf(long id) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT status || ':' || coalesce(assignee, '') FROM disputes WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    long count(String sql) {
        return Sql.number(db, sql);
    }
}
