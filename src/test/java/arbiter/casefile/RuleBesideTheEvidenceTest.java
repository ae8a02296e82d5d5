package arbiter.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import arbiter.seller.AppealFiling;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The ruling form on the holder's case page, beside the chat and photos (issue 16, "Rule beside the evidence"): the
 * preview follows post/redirect/get and keeps what was typed; chat messages and photos marked as relied on are recorded
 * with the ruling and shown on the seller's notice and on the supervisor's appeal page; items of another case, and
 * values that are not ids or hashes, are refused with nothing written.
 */
@QuarkusTest
class RuleBesideTheEvidenceTest {

    @Inject
    AgroalDataSource db;

    @Inject
    AppealFiling appeals;

    @Test
    void aRulingFromTheCasePageRecordsWhatItReliedOnAndTheNoticeAndTheAppealShowIt() throws Exception {
        try (Browser arbitrator = new Browser(); Browser seller = new Browser(); Browser supervisor = new Browser()) {
            long id = heldCase(arbitrator, "shop-1");
            HtmlPage page = arbitrator.openHtml("/disputes/" + id);
            HtmlForm form = rulingForm(page);
            long buyerMessage = Sql.number(db, "SELECT id FROM chat_messages WHERE dispute_id = " + id
                    + " AND sender = 'BUYER'");
            String closeUp = Sql.text(db, "SELECT photo_sha256 FROM evidence_items WHERE dispute_id = " + id
                    + " AND chat_message_id IS NULL");
            page.<HtmlCheckBoxInput> getFirstByXPath("//input[@name='reliedMessage' and @value='" + buyerMessage + "']")
                    .setChecked(true);
            page.<HtmlCheckBoxInput> getFirstByXPath("//input[@name='reliedPhoto' and @value='" + closeUp + "']")
                    .setChecked(true);
            form.getInputByValue("PARTIAL_REFUND").setChecked(true);
            form.getInputByName("refund").setValue("100");
            form.getSelectByName("responsible").setSelectedAttribute("SELLER", true);
            form.getSelectByName("grade").setSelectedAttribute("WARNING", true);
            form.getSelectByName("clause").setSelectedAttribute("QUAL-1/1", true);
            form.getTextAreaByName("rationale").setText("The buyer's first message and the close-up show the pilling.");

            // The preview: a redirect to the case page, which shows the impact and the form as typed.
            HtmlPage previewed = form.<HtmlButton> getFirstByXPath(".//button[@value='preview']").click();
            assertEquals("/disputes/" + id, previewed.getUrl().getPath(), "post/redirect/get");
            assertEquals(200, previewed.getWebResponse().getStatusCode());
            assertNotNull(previewed.getElementById("ruling-preview"), "the impact is shown");
            assertEquals("0", Sql.text(db, "SELECT count(*) FROM rulings WHERE dispute_id = " + id), "a preview rules nothing");
            assertTrue(previewed.<HtmlCheckBoxInput> getFirstByXPath("//input[@name='reliedPhoto' and @value='" + closeUp
                    + "']").isChecked(), "the marks are kept");
            assertTrue(previewed.asNormalizedText().contains("1 message and 1 photo marked as relied on."));
            // A reload (a second tab) shows the same draft.
            assertEquals("The buyer's first message and the close-up show the pilling.",
                    rulingForm(arbitrator.openHtml("/disputes/" + id)).getTextAreaByName("rationale").getText());

            HtmlPage ruled = rulingForm(previewed).<HtmlButton> getFirstByXPath(".//button[@value='rule']").click();
            assertTrue(ruled.asNormalizedText().contains("The ruling is made and in effect."), ruled.asNormalizedText());
            assertEquals("{" + buyerMessage + "}|{" + closeUp + "}", Sql.text(db, "SELECT relied_on_messages::text || '|'"
                    + " || relied_on_photos::text FROM rulings WHERE dispute_id = " + id));
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM ruling_drafts WHERE dispute_id = " + id),
                    "the draft goes with the ruling");

            // The seller's notice quotes the message and shows the photo.
            long notice = Sql.number(db, "SELECT n.id FROM penalty_notices n JOIN penalties p ON p.id = n.penalty_id"
                    + " JOIN rulings r ON r.id = p.ruling_id WHERE r.dispute_id = " + id);
            seller.signIn("seller1", "demo");
            HtmlPage noticePage = seller.openHtml("/seller/notices/" + notice);
            String noticeText = noticePage.asNormalizedText();
            assertTrue(noticeText.contains("Evidence the ruling relied on") && noticeText.contains("你好，衣服颜色不对"),
                    noticeText);
            assertNotNull(noticePage.getFirstByXPath("//div[@class='relied-on']//img[@src='/photos/" + closeUp
                    + "/thumbnail']"));
            assertEquals(200, seller.open("/photos/" + closeUp + "/thumbnail").getWebResponse().getStatusCode());

            // The supervisor's appeal page shows them beside the appeal.
            long penalty = Sql.number(db, "SELECT p.id FROM penalties p JOIN rulings r ON r.id = p.ruling_id"
                    + " WHERE r.dispute_id = " + id);
            long appeal = appeals.file("shop-1", penalty, "The pilling came from the buyer's washing, not from us.",
                    List.of()).id();
            supervisor.signIn("super1", "demo");
            HtmlPage appealPage = supervisor.openHtml("/supervision/appeals/" + appeal);
            assertTrue(appealPage.asNormalizedText().contains("你好，衣服颜色不对"), appealPage.asNormalizedText());
            assertNotNull(appealPage.getFirstByXPath("//div[@class='relied-on']//img[@src='/photos/" + closeUp
                    + "/thumbnail']"));
        }
    }

    @Test
    void itemsOfAnotherCaseOrNotIdsAreRefusedWithNothingWritten() throws Exception {
        try (Browser arbitrator = new Browser()) {
            long id = heldCase(arbitrator, IntakeRequests.newShopId());
            long other = IntakeRequests.newCase();
            long otherMessage = Sql.number(db, "SELECT min(id) FROM chat_messages WHERE dispute_id = " + other);
            String otherPhoto = Sql.text(db, "SELECT photo_sha256 FROM evidence_items WHERE dispute_id = " + other
                    + " LIMIT 1");
            // The same bytes make the same hash: a photo of this case would pass; make one no case holds.
            String unknownPhoto = "0".repeat(63) + "1";
            String token = rulingForm(arbitrator.openHtml("/disputes/" + id)).getInputByName("csrf-token").getValue();
            String version = Long.toString(Sql.version(db, id));

            // Not an id, not a hash, too many: the form's check, 400 beside the marks.
            for (String[] bad : new String[][] { { "reliedMessage", "12; DROP TABLE rulings" },
                    { "reliedPhoto", "not-a-hash" }, { "reliedPhoto", otherPhoto.toUpperCase() } }) {
                WebResponse answer = post(arbitrator, id, token, version, bad[0], bad[1]);
                assertEquals(400, answer.getStatusCode(), bad[1]);
                assertTrue(answer.getContentAsString().contains("Mark messages and photos of this case only"), bad[1]);
            }
            List<String> many = new ArrayList<>();
            for (int i = 1; i <= 201; i++) {
                many.add("reliedMessage");
                many.add(Long.toString(i));
            }
            assertEquals(400, post(arbitrator, id, token, version, many.toArray(String[]::new)).getStatusCode());

            // Well-formed but of another case (or of none): the desk refuses, the flash says why.
            for (String[] foreign : new String[][] { { "reliedMessage", Long.toString(otherMessage) },
                    { "reliedPhoto", unknownPhoto } }) {
                WebResponse answer = post(arbitrator, id, token, version, foreign[0], foreign[1]);
                assertEquals(303, answer.getStatusCode(), foreign[1]);
                assertTrue(arbitrator.openHtml("/disputes/" + id).asNormalizedText()
                        .contains("A message or photo marked as relied on is not of this case"), foreign[1]);
            }
            assertEquals("0:IN_REVIEW", Sql.text(db, "SELECT (SELECT count(*) FROM rulings WHERE dispute_id = " + id
                    + ") || ':' || status FROM disputes WHERE id = " + id));
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'RULED' AND target_id = '"
                    + id + "'"));
        }
    }

    @Test
    void theFormIsOnlyOnTheHoldersPageAndTheOldAddressLeadsThere() throws Exception {
        try (Browser holder = new Browser(); Browser other = new Browser()) {
            long id = heldCase(holder, IntakeRequests.newShopId());
            HtmlPage page = holder.openHtml("/disputes/" + id + "/rulings/new");
            assertEquals("/disputes/" + id, page.getUrl().getPath());
            assertNotNull(page.getElementById("ruling-form"));
            assertNotNull(page.getFirstByXPath("//input[@name='reliedMessage']"), "the chat has relied-on marks");
            other.signIn("arbiter2", "demo");
            HtmlPage read = other.openHtml("/disputes/" + id);
            assertNull(read.getElementById("ruling-form"));
            assertNull(read.getFirstByXPath("//input[@name='reliedMessage']"), "no marks for someone who cannot rule");
        }
    }

    private long heldCase(Browser browser, String shop) throws Exception {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        browser.signIn("arbiter1", "demo");
        browser.claim(id);
        return id;
    }

    private static HtmlForm rulingForm(HtmlPage page) {
        HtmlForm form = (HtmlForm) page.getElementById("ruling-form");
        if (form == null) {
            throw new AssertionError("no ruling form on " + page.getUrl() + ": " + page.asNormalizedText());
        }
        return form;
    }

    /** A valid ruling (QUAL-1, no penalty) with the extra fields given, as a hand-made post; not following redirects. */
    private static WebResponse post(Browser browser, long id, String token, String version, String... extra)
            throws Exception {
        WebRequest request = new WebRequest(new URL(Browser.PORTAL + "/disputes/" + id + "/rulings"), HttpMethod.POST);
        request.setEncodingType(FormEncodingType.URL_ENCODED);
        List<NameValuePair> fields = new ArrayList<>(List.of(new NameValuePair("outcome", "FULL_REFUND"),
                new NameValuePair("responsible", "NEITHER"), new NameValuePair("clause", "QUAL-1/1"),
                new NameValuePair("rationale", "The item arrived broken; nobody is to blame."),
                new NameValuePair("version", version), new NameValuePair("action", "rule"),
                new NameValuePair("csrf-token", token)));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            fields.add(new NameValuePair(extra[i], extra[i + 1]));
        }
        request.setRequestParameters(fields);
        return browser.sendWithoutRedirect(request);
    }
}
