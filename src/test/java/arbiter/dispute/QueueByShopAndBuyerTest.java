package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 16: the queue filters by shop and by buyer, in its URL like its other filters, and shows them. */
@QuarkusTest
class QueueByShopAndBuyerTest {

    @Inject
    AgroalDataSource db;

    private static List<String> caseLinks(HtmlPage page) {
        return page.<HtmlAnchor> getByXPath("//table[contains(@class,'queue')]//td[1]/a").stream()
                .map(HtmlAnchor::getHrefAttribute).toList();
    }

    /**
     * 60 fixture cases: a new shop holds the even ones, a new buyer (a name with a space and a Chinese nick, as
     * platform ids may be) the ones divisible by three. Each filter lists exactly its cases, in SLA order, and
     * both together their intersection; the form shows the values and the next page keeps them.
     */
    @Test
    void theQueueListsOneShopsOrOneBuyersCases() throws Exception {
        String shop = "shop-fq-" + UUID.randomUUID().toString().substring(0, 8);
        String buyer = "买家 " + UUID.randomUUID().toString().substring(0, 8);
        try (QueueFixture fixture = new QueueFixture(db, 60); Browser browser = new Browser()) {
            Sql.run(db, "INSERT INTO shops (id, name, contact_email) VALUES ('" + shop + "', 'Filtered shop', 'f@x.example')");
            for (int i = 0; i < 60; i++) {
                long id = fixture.ids.get(i);
                if (i % 2 == 0) {
                    Sql.run(db, "UPDATE disputes SET shop_id = '" + shop + "' WHERE id = " + id);
                }
                if (i % 3 == 0) {
                    Sql.run(db, "UPDATE disputes SET buyer_id = '" + buyer + "' WHERE id = " + id);
                }
            }
            browser.signIn("arbiter1", "demo");
            String byBuyer = "buyer=" + URLEncoder.encode(buyer, StandardCharsets.UTF_8);

            HtmlPage shopPage = browser.openHtml("/disputes?status=ESCALATED&shop=" + shop);
            List<String> expectedShop = java.util.stream.IntStream.range(0, 60).filter(i -> i % 2 == 0)
                    .mapToObj(i -> "/disputes/" + fixture.ids.get(i)).toList();
            assertEquals(expectedShop, caseLinks(shopPage), "the shop's 30 cases, most urgent first");
            assertEquals(shop, shopPage.<HtmlInput> getFirstByXPath("//form[@class='filters']//input[@name='shop']")
                    .getValueAttribute(), "the filter is shown");

            HtmlPage buyerPage = browser.openHtml("/disputes?status=ESCALATED&" + byBuyer);
            List<String> expectedBuyer = java.util.stream.IntStream.range(0, 60).filter(i -> i % 3 == 0)
                    .mapToObj(i -> "/disputes/" + fixture.ids.get(i)).toList();
            assertEquals(expectedBuyer, caseLinks(buyerPage), "the buyer's 20 cases");
            assertEquals(buyer, buyerPage.<HtmlInput> getFirstByXPath("//input[@name='buyer']").getValueAttribute());

            HtmlPage both = browser.openHtml("/disputes?status=ESCALATED&shop=" + shop + "&" + byBuyer);
            List<String> expectedBoth = java.util.stream.IntStream.range(0, 60).filter(i -> i % 6 == 0)
                    .mapToObj(i -> "/disputes/" + fixture.ids.get(i)).toList();
            assertEquals(expectedBoth, caseLinks(both), "the buyer's cases with the shop");

            Sql.run(db, "UPDATE disputes SET buyer_id = '" + buyer + "' WHERE id IN (" + fixture.ids.stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")");
            HtmlPage first = browser.openHtml("/disputes?status=ESCALATED&" + byBuyer);
            HtmlAnchor next = first.getFirstByXPath("//a[@rel='next']");
            assertTrue(next.getHrefAttribute().contains(byBuyer), next.getHrefAttribute());
            List<String> second = caseLinks(next.click());
            assertEquals(10, second.size(), "60 cases: 50 and 10");
        }
    }

    @Test
    void aShopOrBuyerThatIsNoIdIsRefused() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            for (String bad : List.of("shop=a%20b", "shop=%3Cscript%3E", "shop=" + "s".repeat(65), "shop=店铺",
                    "buyer=" + "b".repeat(65), "shop=a%00b", "buyer=x%1b")) {
                var response = browser.open("/disputes?" + bad).getWebResponse();
                assertEquals(400, response.getStatusCode(), bad);
                assertEquals("text/html", response.getContentType(), bad);
            }
            assertEquals(200, browser.open("/disputes?shop=&buyer=").getWebResponse().getStatusCode(), "blank is none");
        }
    }
}
