package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import arbiter.penalty.PenaltyGrade;
import arbiter.penalty.PenaltyRules;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The ruling form as an arbitrator uses it, and what everyone else gets from it. */
@QuarkusTest
class RulingPageTest {

    @Inject
    AgroalDataSource db;

    @Inject
    PenaltyRules rules;

    @Test
    void badFormComesBackWithEachProblemBesideItsFieldAndTheValuesKept() throws Exception {
        try (Browser browser = new Browser()) {
            long id = heldCase(browser, "arbiter1");
            HtmlForm form = rulingForm(browser.openHtml("/disputes/" + id));
            form.getInputByValue("PARTIAL_REFUND").setChecked(true);
            form.getInputByName("refund").setValue("700");
            form.getSelectByName("responsible").setSelectedAttribute("BUYER", true);
            form.getSelectByName("grade").setSelectedAttribute("MINOR", true);
            form.getSelectByName("clause").setSelectedAttribute("QUAL-1/1", true);
            form.getTextAreaByName("rationale").setText("Too short");

            HtmlPage answer = press(form, "rule");

            assertEquals(400, answer.getWebResponse().getStatusCode());
            String text = answer.asNormalizedText();
            assertTrue(text.contains("A partial refund is more than 0 and less than the amount paid"), text);
            assertTrue(text.contains("Only a responsible seller can be penalised."), text);
            assertTrue(text.contains("Explain the ruling in at least 20 characters."), text);
            HtmlForm kept = rulingForm(answer);
            assertEquals("700", kept.getInputByName("refund").getValue());
            assertEquals("Too short", kept.getTextAreaByName("rationale").getText());
            assertEquals("BUYER", kept.getSelectByName("responsible").getSelectedOptions().get(0).getValueAttribute());
            assertEquals("0", count("SELECT count(*) FROM rulings WHERE dispute_id = " + id));
        }
    }

    /** Points come from the configured ladder (arbiter.penalty.points.*); a grade's label names the grade only. */
    @Test
    void eachGradeOffersThePointsTheConfiguredLadderBooks() throws Exception {
        try (Browser browser = new Browser()) {
            long id = heldCase(browser, "arbiter1");
            HtmlSelect grades = rulingForm(browser.openHtml("/disputes/" + id)).getSelectByName("grade");
            for (PenaltyGrade grade : PenaltyGrade.values()) {
                int points = rules.ladder().pointsOf(grade);
                String label = grades.getOptionByValue(grade.name()).getText();
                assertTrue(label.endsWith(" (" + points + " points)"), label);
                assertEquals(1, label.split("points", -1).length - 1, "the points once: " + label);
            }
        }
    }

    @Test
    void previewShowsTheImpactThenTheRulingTakesEffect() throws Exception {
        try (Browser browser = new Browser()) {
            long id = heldCase(browser, "arbiter1");
            HtmlForm form = rulingForm(browser.openHtml("/disputes/" + id));
            fillValid(form);

            HtmlPage preview = press(form, "preview");
            String text = preview.asNormalizedText();
            assertTrue(text.contains("from 0 to 2 points"), text);
            assertTrue(text.contains("It takes effect as soon as you rule."), text);
            assertEquals("0", count("SELECT count(*) FROM rulings WHERE dispute_id = " + id), "a preview writes nothing");

            HtmlPage caseAfter = press(rulingForm(preview), "rule");

            assertEquals("/disputes/" + id, caseAfter.getUrl().getPath());
            assertTrue(caseAfter.asNormalizedText().contains("The ruling is made and in effect."));
            assertEquals("RULED", count("SELECT status FROM disputes WHERE id = " + id));
            assertEquals("EFFECTIVE:20050",
                    count("SELECT state || ':' || refund_amount FROM rulings WHERE dispute_id = " + id));
            org.htmlunit.html.HtmlElement refund = caseAfter.getFirstByXPath("//dd[starts-with(@class, 'refund-')]");
            assertTrue(refund != null && java.util.Set.of("refund-pending", "refund-sent", "refund-confirmed")
                    .contains(refund.getAttribute("class")) && !refund.asNormalizedText().isBlank(),
                    "the case shows where its refund stands: " + (refund == null ? "nothing" : refund.asXml()));
        }
    }

    @Test
    void someoneWhoDoesNotHoldTheCaseCannotRuleEvenByAHandMadePost() throws Exception {
        try (Browser holder = new Browser(); Browser other = new Browser(); Browser seller = new Browser()) {
            long id = heldCase(holder, "arbiter1");
            String token = rulingForm(holder.openHtml("/disputes/" + id))
                    .getInputByName("csrf-token").getValue();

            other.signIn("arbiter2", "demo");
            assertEquals(null, other.openHtml("/disputes/" + id).getElementById("ruling-form"),
                    "the case page shows no ruling form to someone who does not hold the case");
            String otherToken = other.openHtml("/disputes").<HtmlForm> getFirstByXPath("//form[@action='/disputes/next']")
                    .getInputByName("csrf-token").getValue();
            assertEquals(403, post(other, id, otherToken).getWebResponse().getStatusCode());

            seller.signIn("seller1", "demo");
            assertEquals(403, post(seller, id, "whatever").getWebResponse().getStatusCode());

            assertEquals(400, post(holder, id, null).getWebResponse().getStatusCode(), "no CSRF token");
            assertEquals(400, post(holder, id, token + "x").getWebResponse().getStatusCode(), "a wrong CSRF token");
            assertEquals("0:IN_REVIEW", count("SELECT (SELECT count(*) FROM rulings WHERE dispute_id = " + id
                    + ") || ':' || (SELECT status FROM disputes WHERE id = " + id + ")"));
        }
    }

    private long heldCase(Browser browser, String user) throws Exception {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, IntakeRequests.newShopId()));
        browser.signIn(user, "demo");
        browser.claim(id);
        return id;
    }

    private static void fillValid(HtmlForm form) {
        form.getInputByValue("PARTIAL_REFUND").setChecked(true);
        form.getInputByName("refund").setValue("200.50");
        form.getSelectByName("responsible").setSelectedAttribute("SELLER", true);
        form.getSelectByName("grade").setSelectedAttribute("MINOR", true);
        form.getSelectByName("clause").setSelectedAttribute("QUAL-1/1", true);
        form.getTextAreaByName("rationale").setText("The close-up photo shows pilling on delivery.");
    }

    private static HtmlForm rulingForm(HtmlPage page) {
        HtmlForm form = page.getFirstByXPath("//form[contains(@class, 'ruling-form')]");
        if (form == null) {
            throw new AssertionError("no ruling form on " + page.getUrl() + ": " + page.asNormalizedText());
        }
        return form;
    }

    private static HtmlPage press(HtmlForm form, String action) throws Exception {
        HtmlButton button = form.getFirstByXPath(".//button[@value='" + action + "']");
        return button.click();
    }

    private static org.htmlunit.Page post(Browser browser, long id, String token) throws Exception {
        WebRequest request = new WebRequest(new URL(Browser.PORTAL + "/disputes/" + id + "/rulings"), HttpMethod.POST);
        request.setEncodingType(FormEncodingType.URL_ENCODED);
        List<NameValuePair> fields = new ArrayList<>(List.of(new NameValuePair("outcome", "FULL_REFUND"),
                new NameValuePair("responsible", "NEITHER"), new NameValuePair("clause", "QUAL-1/1"),
                new NameValuePair("rationale", "A ruling nobody should be able to make."),
                new NameValuePair("version", "1"), new NameValuePair("action", "rule")));
        if (token != null) {
            fields.add(new NameValuePair("csrf-token", token));
        }
        request.setRequestParameters(fields);
        return browser.client().getPage(request);
    }

    private String count(String sql) {
        return Sql.text(db, sql);
    }
}
