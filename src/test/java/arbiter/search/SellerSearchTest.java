package arbiter.search;

import static arbiter.search.SearchedCases.get;
import static arbiter.search.SearchedCases.inside;
import static arbiter.search.SearchedCases.line;
import static arbiter.search.SearchedCases.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.CaseNotes;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 16, "Search": a seller searches their own shop's cases only; another shop's case never appears, not even by
 * its exact number, and staff notes are never searched or shown.
 */
@QuarkusTest
class SellerSearchTest {

    @Inject
    AgroalDataSource db;

    @Inject
    CaseClaims claims;

    @Inject
    CaseNotes notes;

    @SuppressWarnings("unchecked")
    private static long caseOf(String shop, String chat) {
        return IntakeRequests.newCase(d -> {
            IntakeRequests.shop(d, shop);
            ((List<Map<String, Object>>) d.get("chat")).get(0).put("text", chat);
        });
    }

    @Test
    void aSellerFindsTheirShopsCaseAndNeverAnotherShops() throws Exception {
        String zh = SearchedCases.chinese(6);
        String en = SearchedCases.english();
        String chat = "亲，" + zh + "的问题我们会处理 — the " + en + " will be replaced";
        long own = caseOf("shop-1", chat);
        long other = caseOf("shop-2", chat);
        String otherCaseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + other);
        try (Browser seller1 = new Browser(); Browser seller2 = new Browser()) {
            seller1.signIn("seller1", "demo");
            seller2.signIn("seller2", "demo");
            for (String query : List.of(inside(zh), en)) {
                HtmlPage page = seller1.openHtml(path("/seller/search", query));
                SearchedCases.Line line = line(page, "/seller/disputes/" + own);
                assertNotNull(line, query + ": " + page.asNormalizedText());
                assertTrue(line.hits().stream().anyMatch(h -> h.label().equals("Chat") && h.marked().contains(query)),
                        line.hits().toString());
                assertNull(line(page, "/seller/disputes/" + other), "another shop's case");
                assertFalse(page.getWebResponse().getContentAsString().contains("/disputes/" + other));
                assertNotNull(line(seller2.openHtml(path("/seller/search", query)), "/seller/disputes/" + other),
                        "the other shop finds its own");
            }
            var byNumber = get(seller1, path("/seller/search", otherCaseNo));
            assertEquals(200, byNumber.getStatusCode(), "another shop's case number opens nothing");
            assertFalse(byNumber.getContentAsString().contains("/disputes/" + other));
            assertEquals(Browser.PORTAL + "/seller/disputes/" + other,
                    get(seller2, path("/seller/search", otherCaseNo)).getResponseHeaderValue("Location"),
                    "its own shop's case number opens the seller's case page");
        }
    }

    @Test
    void staffNotesAreNeverSearchedNorShownForASeller() throws Exception {
        String en = SearchedCases.english();
        String zh = SearchedCases.chinese(6);
        long id = caseOf("shop-1", "你好，衣服颜色不对 " + en);
        assertTrue(claims.claim(id, "arbiter1"));
        String note = "内部：" + zh + " seller story does not add up " + en + "note";
        assertTrue(notes.add(id, "arbiter1", note));
        try (Browser seller = new Browser(); Browser staff = new Browser()) {
            seller.signIn("seller1", "demo");
            staff.signIn("arbiter1", "demo");
            assertNotNull(line(staff.openHtml(path("/search", inside(zh))), "/disputes/" + id), "staff find the note");
            HtmlPage byNote = seller.openHtml(path("/seller/search", inside(zh)));
            assertNull(line(byNote, "/seller/disputes/" + id), "the note is not searched for the seller");
            HtmlPage byChat = seller.openHtml(path("/seller/search", en));
            SearchedCases.Line line = line(byChat, "/seller/disputes/" + id);
            assertNotNull(line, "found by its chat");
            assertTrue(line.hits().stream().noneMatch(h -> h.label().equals("Staff note")), line.hits().toString());
            String html = byChat.getWebResponse().getContentAsString();
            assertFalse(html.contains(zh) || html.contains("seller story"), "no word of the note on the page");
            assertNull(line(seller.openHtml(path("/seller/search", en + "note")), "/seller/disputes/" + id));
        }
    }

    @Test
    void theSellerNavLeadsToTheSearch() throws Exception {
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            HtmlPage page = seller.openHtml("/seller");
            assertNotNull(page.getFirstByXPath("//nav[@class='seller-nav']/a[@href='/seller/search']"));
            HtmlPage form = seller.openHtml("/seller/search");
            assertEquals(200, form.getWebResponse().getStatusCode());
            assertNotNull(form.getFirstByXPath("//form[@action='/seller/search']//input[@name='q']"));
            assertEquals(403, get(seller, "/search").getStatusCode());
        }
        try (Browser staff = new Browser()) {
            staff.signIn("arbiter1", "demo");
            assertEquals(403, get(staff, "/seller/search?q=abc").getStatusCode(), "staff have their own search");
        }
    }
}
