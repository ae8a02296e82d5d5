package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.HtmlTextInput;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Chromium;
import arbiter.DemoProfile;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import arbiter.intake.TestPhotos;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What a party or the platform writes never widens a page. The corpus: one case whose every shown text is
 * long and unbroken, entered through the intake API and the portal's forms as people would: a 200-character
 * URL as item title, a 64-character buyer nick, a 100-character shop name, a 32-digit order number, a
 * 600-character buyer statement, a 1,500-character chat line, a 200-character photo caption (intake, seller
 * evidence and appeal), a staff note, an evidence request, a seller's statement, a ruling's rationale and an
 * appeal's statement, each one word of up to 1,500 characters. The case, the queue, the seller's and the
 * supervisor's pages of it then pass every {@link PageChecks} check, at 1440, 800 and 390 px, in English and
 * in Chinese; the case's timeline and the audit trail then also hold a ruling, a penalty and an appeal, so
 * that their words (outcome, grade, states) are checked on the Chinese page too.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class LongTextTest {

    @Inject
    AgroalDataSource db;

    @Test
    @SuppressWarnings("unchecked")
    void longUnbrokenTextInEveryFieldWidensNoPageOfAnyRole() throws Exception {
        DemoProfile.awaitDemo(db);
        String shop = "shop-1";
        long id = IntakeRequests.newCase(dispute -> {
            IntakeRequests.shop(dispute, shop);
            order(dispute).put("itemTitle", url(200));
            order(dispute).put("orderNo", "9".repeat(32));
            ((Map<String, Object>) dispute.get("buyer")).put("nick", word("nick", 64));
            ((Map<String, Object>) dispute.get("seller")).put("shopName", word("shop", 100));
            dispute.put("buyerStatement", word("statement", 600));
            List<Map<String, Object>> chat = (List<Map<String, Object>>) dispute.get("chat");
            chat.get(1).put("text", url(1500));
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) dispute.get("evidence");
            evidence.get(0).put("caption", word("caption", 200));
        });
        // The case first in the queue, so that its row is on the queue's first page.
        Sql.run(db, "UPDATE disputes SET sla_due_at = now() - interval '1 hour' WHERE id = " + id);

        try (Browser arbitrator = new Browser(); Browser seller = new Browser(); Browser supervisor = new Browser()) {
            arbitrator.signIn("arbiter1", "demo");
            seller.signIn("seller1", "demo");
            supervisor.signIn("super1", "demo");

            HtmlPage page = submit(form(arbitrator.openHtml("/disputes/" + id), "/claim"));
            HtmlForm note = form(page, "/notes");
            note.<HtmlTextArea> getFirstByXPath(".//textarea").setText(word("note", 1500));
            page = submit(note);
            HtmlForm request = form(page, "/evidence-requests");
            request.<HtmlCheckBoxInput> getFirstByXPath(".//input[@value='SELLER']").setChecked(true);
            request.<HtmlTextArea> getFirstByXPath(".//textarea").setText(word("request", 1500));
            submit(request);

            HtmlForm answer = form(seller.openHtml("/seller/disputes/" + id), "/evidence");
            answer.<HtmlTextArea> getFirstByXPath(".//textarea[@name='statement']").setText(word("answer", 1500));
            attachPhoto(answer);
            submit(answer);

            HtmlForm ruling = form(arbitrator.openHtml("/disputes/" + id + "/rulings/new"), "/rulings");
            ruling.<HtmlRadioButtonInput> getFirstByXPath(".//input[@name='outcome' and @value='PARTIAL_REFUND']")
                    .setChecked(true);
            ruling.getInputByName("refund").setValue("100");
            ruling.<HtmlSelect> getSelectByName("responsible").setSelectedAttribute("SELLER", true);
            ruling.<HtmlSelect> getSelectByName("grade").setSelectedAttribute("SERIOUS", true);
            ruling.<HtmlSelect> getSelectByName("clause").setSelectedAttribute("QUAL-1/1", true);
            ruling.<HtmlTextArea> getFirstByXPath(".//textarea[@name='rationale']").setText(word("rationale", 1500));
            ruling.<HtmlButton> getFirstByXPath(".//button[@value='rule']").click();
            long rulingId = Sql.number(db, "SELECT id FROM rulings WHERE dispute_id = " + id);
            if ("PENDING_APPROVAL".equals(Sql.text(db, "SELECT state FROM rulings WHERE id = " + rulingId))) {
                submit(form(supervisor.openHtml("/supervision/approvals"), "/approvals/" + rulingId + "/approve"));
            }
            assertEquals("EFFECTIVE", Sql.text(db, "SELECT state FROM rulings WHERE id = " + rulingId));

            long notice = Sql.number(db, "SELECT n.id FROM penalty_notices n JOIN penalties p ON p.id = n.penalty_id"
                    + " WHERE p.ruling_id = " + rulingId + " AND n.kind = 'PENALTY'");
            HtmlForm appeal = form(seller.openHtml("/seller/notices/" + notice), "/appeal");
            appeal.<HtmlTextArea> getFirstByXPath(".//textarea[@name='statement']").setText(url(1500));
            attachPhoto(appeal);
            submit(appeal);
        }
        long appeal = Sql.number(db, "SELECT a.id FROM appeals a JOIN penalties p ON p.id = a.penalty_id"
                + " JOIN rulings r ON r.id = p.ruling_id WHERE r.dispute_id = " + id);
        long notice = Sql.number(db, "SELECT n.id FROM penalty_notices n JOIN penalties p ON p.id = n.penalty_id"
                + " JOIN rulings r ON r.id = p.ruling_id WHERE r.dispute_id = " + id);
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id);

        List<PageChecks.Failure> failures = new ArrayList<>();
        check("arbiter1", failures, "/disputes", "/disputes?sort=amount", "/disputes/" + id);
        check("super1", failures, "/disputes/" + id, "/supervision/appeals", "/supervision/appeals/" + appeal,
                "/supervision/audit?case=" + caseNo);
        check("seller1", failures, "/seller", "/seller/disputes/" + id, "/seller/notices",
                "/seller/notices/" + notice, "/seller/points");
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n"
                + failures.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    private static void check(String user, List<PageChecks.Failure> failures, String... pages) throws Exception {
        try (Chromium chromium = new Chromium(1440, 900)) {
            PageWalk.signIn(chromium.driver(), user);
            PageChecks checks = new PageChecks(chromium.driver(), failures);
            for (String page : pages) {
                checks.check(page);
            }
        }
    }

    /** One word of {@code length} characters: {@code stem} and digits, no space or hyphen to break at. */
    static String word(String stem, int length) {
        StringBuilder text = new StringBuilder(stem);
        for (int i = 0; text.length() < length; i++) {
            text.append(i % 10);
        }
        return text.substring(0, length);
    }

    /** A pasted address of {@code length} characters, without a space. */
    static String url(int length) {
        return word("https://shop.example/item?id=0123456789&ref=", length);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> order(Map<String, Object> dispute) {
        return (Map<String, Object>) dispute.get("order");
    }

    private static void attachPhoto(HtmlForm form) throws Exception {
        Path photo = Files.createTempFile("long-text-", ".jpg");
        Files.write(photo, TestPhotos.jpeg(320, 240));
        form.<HtmlFileInput> getFirstByXPath(".//input[@name='photo']").setFiles(photo.toFile());
        form.<HtmlTextInput> getFirstByXPath(".//input[@name='caption']").setText(word("caption", 200));
    }

    private static HtmlForm form(HtmlPage page, String actionEnd) {
        HtmlForm form = page.getFirstByXPath("//form[substring(@action, string-length(@action) - "
                + (actionEnd.length() - 1) + ") = '" + actionEnd + "']");
        assertTrue(form != null, "no form ending " + actionEnd + " on " + page.getUrl() + ": "
                + page.asNormalizedText());
        return form;
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return form.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();
    }
}
