package arbiter.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.dispute.Dispute;
import arbiter.evidence.ChatMessage;
import arbiter.evidence.EvidenceItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** HTML and script in what the platform sends is kept exactly as sent and shown as text, never as markup. */
@QuarkusTest
class MarkupAsTextTest {

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String BOLD = "<b onmouseover=\"alert(1)\">粗体</b>";

    @Test
    @SuppressWarnings("unchecked")
    void markupInEveryTextFieldIsStoredAsSentAndShownAsText() throws Exception {
        String externalId = "TB-RF-MARKUP-" + UUID.randomUUID();
        String shopId = "shop-markup-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> dispute = IntakeRequests.dispute(externalId);
        ((Map<String, Object>) dispute.get("seller")).putAll(Map.of("shopId", shopId, "shopName", SCRIPT + "店"));
        ((Map<String, Object>) dispute.get("order")).put("itemTitle", BOLD + "大衣");
        ((Map<String, Object>) dispute.get("buyer")).put("nick", SCRIPT);
        dispute.put("buyerStatement", "陈述" + SCRIPT);
        // An amount no other test uses, so the queue can be filtered down to this case however many others wait.
        IntakeRequests.amount(dispute, 9_876_543);
        ((Map<String, Object>) ((List<Object>) dispute.get("chat")).get(1)).put("text", BOLD);
        ((Map<String, Object>) ((List<Object>) dispute.get("evidence")).get(0)).put("caption", SCRIPT);

        IntakeRequests.post(dispute, IntakeRequests.photos()).then().statusCode(201);

        QuarkusTransaction.requiringNew().run(() -> {
            Dispute stored = Dispute.find("externalId", externalId).firstResult();
            assertEquals(SCRIPT + "店", stored.shop.name);
            assertEquals(BOLD + "大衣", stored.itemTitle);
            assertEquals(SCRIPT, stored.buyerNick);
            assertEquals("陈述" + SCRIPT, stored.buyerStatement);
            assertEquals(BOLD, ChatMessage.<ChatMessage> find("dispute = ?1 and position = 1", stored)
                    .firstResult().body);
            assertEquals(SCRIPT, EvidenceItem.<EvidenceItem> find("dispute = ?1 and chatMessage is null", stored)
                    .firstResult().caption);
        });
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            HtmlPage queue = browser.openHtml("/disputes?min=98765.43&max=98765.43");
            assertTrue(queue.asNormalizedText().contains(SCRIPT + "店"), "the shop name is shown as text");
            assertTrue(queue.getWebResponse().getContentAsString().contains("&lt;script&gt;alert("),
                    "escaped in the markup");
            queue.getElementsByTagName("script").forEach(script -> {
                assertTrue(script.getAttribute("src").startsWith("/static/"), "only the portal's own scripts");
                assertEquals("", script.getTextContent().strip(), "no inline script");
            });
        }
    }
}
