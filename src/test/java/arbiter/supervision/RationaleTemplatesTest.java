package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import arbiter.ruling.RationaleTemplates;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rationale templates (issue 16, "Templates"): placeholders are filled from the case and shown before insertion; a body
 * naming an unknown placeholder (of every kind) is refused when saving, with nothing written; each change is a version,
 * audited; the arbitrator inserts a template, edits it, and the ruling records the version it started from.
 */
@QuarkusTest
class RationaleTemplatesTest {

    @Inject
    AgroalDataSource db;

    @Inject
    RationaleTemplates templates;

    @Test
    void everyKindOfUnknownPlaceholderOrLoneBraceIsFoundAndEveryKnownOneIsNot() {
        for (String bad : List.of("{foo}", "{OrderNo}", "{}", "{order No}", "a { b", "a } b", "{{orderNo}}",
                "{orderNo", "orderNo}", "{refund}{amount}")) {
            assertTrue(!RationaleTemplates.unknownPlaceholders(bad).isEmpty(), bad);
        }
        StringBuilder all = new StringBuilder("订单：");
        for (RationaleTemplates.Placeholder p : RationaleTemplates.Placeholder.values()) {
            all.append(p.written()).append(' ');
        }
        assertEquals(List.of(), RationaleTemplates.unknownPlaceholders(all.toString()));
        assertEquals(List.of("{amount}"), RationaleTemplates.unknownPlaceholders("{refund}{amount}"));
    }

    @Test
    void aSupervisorWritesATemplateAndAnArbitratorInsertsItFilledAndTheRulingRecordsItsVersion() throws Exception {
        String title = "Wrong size " + System.nanoTime();
        try (Browser supervisor = new Browser(); Browser arbitrator = new Browser()) {
            supervisor.signIn("super1", "demo");
            // Refused: an unknown placeholder, a lone brace, an unknown clause, a blank title, an unknown language.
            long templates = Sql.number(db, "SELECT count(*) FROM rationale_templates");
            long audit = Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'policy'");
            Map<String, String[]> bad = Map.of(
                    "placeholder that does not exist", form(title, "Order {orderNumber} was late.", "DESC-1", "en"),
                    "placeholder that does not exist ", form(title, "Order {orderNo was late.", "DESC-1", "en"),
                    "No clause has this code.", form(title, "Order {orderNo} was late.", "NOPE-9", "en"),
                    "Give it a title.", form(" ", "Order {orderNo} was late.", "DESC-1", "en"),
                    "Choose from the list.", form(title, "Order {orderNo} was late.", "DESC-1", "fr"));
            for (Map.Entry<String, String[]> kind : bad.entrySet()) {
                assertEquals(400, supervisor.post("/supervision/templates", kind.getValue()), kind.getKey());
            }
            assertEquals(templates, Sql.number(db, "SELECT count(*) FROM rationale_templates"), "nothing written");
            assertEquals(audit, Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'policy'"));

            assertEquals(303, supervisor.post("/supervision/templates", form(title,
                    "Order {orderNo} ({itemTitle}) from {shopName}, delivered {deliveredAt}: refund {refund} of {amountPaid}.",
                    "", "en")));
            long id = Sql.number(db, "SELECT id FROM rationale_templates WHERE title = '" + title + "'");
            assertEquals(303, supervisor.post("/supervision/templates/" + id, form(title,
                    "Order {orderNo} ({itemTitle}) from {shopName}, delivered {deliveredAt}; refund {refund} of {amountPaid}.",
                    "", "en")));
            assertEquals("2:true 1:false", Sql.text(db, "SELECT string_agg(version || ':' || active, ' ' ORDER BY version"
                    + " DESC) FROM rationale_templates WHERE id = " + id));
            assertEquals(2, Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'TEMPLATE_WRITTEN'"
                    + " AND target_id = 'template " + id + "'"));
            assertTrue(supervisor.openHtml("/supervision/templates").asNormalizedText().contains(title));

            // The arbitrator: the filled text is shown before insertion, then inserted into the rationale.
            long caseId = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, IntakeRequests.newShopId()));
            arbitrator.signIn("arbiter1", "demo");
            arbitrator.claim(caseId);
            HtmlPage page = arbitrator.openHtml("/disputes/" + caseId);
            String delivered = Sql.text(db, "SELECT to_char(delivered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')"
                    + " FROM disputes WHERE id = " + caseId);
            String expected = "Order 4012345678901234 (男士羊毛大衣 藏青 XL) from 暖冬服饰旗舰店, delivered " + delivered
                    + "; refund ¥599.00 of ¥599.00.";
            String shown = page.<org.htmlunit.html.DomElement> getFirstByXPath("//details[@class='template-texts']")
                    .getTextContent();
            assertTrue(shown.contains(expected), "shown before insertion: " + shown);
            HtmlForm ruling = (HtmlForm) page.getElementById("ruling-form");
            ruling.getInputByValue("PARTIAL_REFUND").setChecked(true);
            ruling.getInputByName("refund").setValue("120.50");
            ruling.getSelectByName("templateChoice").setSelectedAttribute(id + "/2", true);
            HtmlPage inserted = ruling.<HtmlButton> getFirstByXPath(".//button[@value='template']").click();
            assertEquals("/disputes/" + caseId, inserted.getUrl().getPath(), "post/redirect/get");
            HtmlForm after = (HtmlForm) inserted.getElementById("ruling-form");
            assertEquals(expected.replace("refund ¥599.00", "refund ¥120.50"),
                    after.getTextAreaByName("rationale").getText(), "the refund typed fills {refund}");
            assertEquals(id + "/2", after.getInputByName("template").getValue());

            // Edited freely, then ruled: the ruling names the version it started from.
            after.getTextAreaByName("rationale").setText(after.getTextAreaByName("rationale").getText()
                    + " The seller agreed in the chat.");
            after.getSelectByName("responsible").setSelectedAttribute("SELLER", true);
            after.getSelectByName("clause").setSelectedAttribute("DESC-1/1", true);
            HtmlPage ruled = after.<HtmlButton> getFirstByXPath(".//button[@value='rule']").click();
            assertTrue(ruled.asNormalizedText().contains("The ruling is made and in effect."), ruled.asNormalizedText());
            assertEquals(id + "/2", Sql.text(db, "SELECT template_id || '/' || template_version FROM rulings"
                    + " WHERE dispute_id = " + caseId));

            // Retired: no longer offered; the ruling keeps its version.
            assertEquals(303, supervisor.post("/supervision/templates/" + id + "/retire"));
            long next = IntakeRequests.newCase();
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM rationale_templates WHERE active AND id = " + id));
            assertTrue(!arbitrator.openHtml("/disputes/" + next).asNormalizedText().contains(title));
        }
    }

    @Test
    void aTemplateNotOfferedIsRefusedOnInsertionAndAnUnknownVersionOnRuling() throws Exception {
        try (Browser arbitrator = new Browser()) {
            long caseId = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, IntakeRequests.newShopId()));
            arbitrator.signIn("arbiter1", "demo");
            arbitrator.claim(caseId);
            long retired = templates.write(java.util.Optional.empty(), new RationaleTemplates.TemplateDraft(null, null,
                    "en", "Retired " + System.nanoTime(), "Order {orderNo}."), "super1");
            assertTrue(templates.retire(retired, "super1"));
            // Not a reference, no such template, or one no longer offered: 400 beside the list, the rationale kept.
            for (String choice : List.of("nope", "", "999999999/1", retired + "/1")) {
                assertEquals(400, arbitrator.post("/disputes/" + caseId + "/rulings", "action", "template",
                        "templateChoice", choice, "rationale", "Kept as typed.", "version", "0"), choice);
            }
            HtmlForm form = (HtmlForm) arbitrator.openHtml("/disputes/" + caseId).getElementById("ruling-form");
            assertEquals("Kept as typed.", form.getTextAreaByName("rationale").getText());
            // A well-formed reference to no template: the desk refuses the ruling, nothing is written.
            assertEquals(303, arbitrator.post("/disputes/" + caseId + "/rulings", "action", "rule",
                    "outcome", "FULL_REFUND", "responsible", "NEITHER", "clause", "QUAL-1/1", "template", "999999999/1",
                    "rationale", "The parcel arrived crushed; nobody is to blame.",
                    "version", Long.toString(Sql.version(db, caseId))));
            assertTrue(arbitrator.openHtml("/disputes/" + caseId).asNormalizedText()
                    .contains("That template does not exist; nothing was written."));
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM rulings WHERE dispute_id = " + caseId));
        }
    }

    private static String[] form(String title, String body, String clause, String language) {
        return new String[] { "title", title, "body", body, "clauseCode", clause, "language", language, "reason", "" };
    }
}
