package arbiter.search;

import static arbiter.search.SearchedCases.get;
import static arbiter.search.SearchedCases.inside;
import static arbiter.search.SearchedCases.line;
import static arbiter.search.SearchedCases.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.CaseNotes;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;
import arbiter.intake.IntakeRequests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 16, "Search": an arbitrator finds a case by every field the search promises, in Chinese (two characters
 * inside a longer word) and in English, sees where it matched with the words marked, and an exact identifier opens
 * the case.
 */
@QuarkusTest
class SearchPageTest {

    private static SearchedCases.Marked marked;

    @Inject
    CaseClaims claims;

    @Inject
    CaseNotes notes;

    @Inject
    EvidenceRequests requests;

    /** The marked case, with a party statement and a staff note of its own; written once for the class. */
    private SearchedCases.Marked marked() {
        if (marked == null) {
            SearchedCases.Marked m = new SearchedCases.Marked().open();
            assertTrue(claims.claim(m.id, "arbiter1"));
            requests.request(m.id, Set.of(Party.SELLER), "Please send the packing photos.", "arbiter1");
            requests.submit(m.id, Party.SELLER, "发货前检查过" + m.zh.get(SearchField.PARTY_STATEMENT) + "没有问题。We checked the "
                    + m.en.get(SearchField.PARTY_STATEMENT) + " twice.", List.of());
            assertTrue(notes.add(m.id, "arbiter1", "卖家说法" + m.zh.get(SearchField.NOTE) + "前后矛盾 — the "
                    + m.en.get(SearchField.NOTE) + " does not add up"));
            marked = m;
        }
        return marked;
    }

    /** Searches as arbiter1 and checks the marked case is listed with {@code label} and {@code word} marked. */
    private void found(String query, String label, String word) throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage page = browser.openHtml(path("/search", query));
            assertEquals(200, page.getWebResponse().getStatusCode(), query);
            SearchedCases.Line line = line(page, "/disputes/" + marked().id);
            assertNotNull(line, query + " finds the case: " + page.asNormalizedText());
            assertTrue(line.hits().stream().anyMatch(h -> h.label().equals(label) && h.marked().contains(word)),
                    query + " matched in " + label + " with " + word + " marked: " + line.hits());
        }
    }

    private void foundInChineseAndEnglish(SearchField field, String label) throws Exception {
        String zh = marked().zh.get(field);
        found(inside(zh), label, inside(zh));
        found(zh, label, zh);
        found(marked().en.get(field), label, marked().en.get(field));
        found(marked().en.get(field).toUpperCase(), label, marked().en.get(field));
    }

    @Test
    void findsByBuyersNick() throws Exception {
        foundInChineseAndEnglish(SearchField.BUYER_NICK, "Buyer's nick");
    }

    @Test
    void findsByShopName() throws Exception {
        foundInChineseAndEnglish(SearchField.SHOP_NAME, "Shop name");
    }

    @Test
    void findsByItemTitle() throws Exception {
        foundInChineseAndEnglish(SearchField.ITEM_TITLE, "Item");
    }

    @Test
    void findsByBuyersStatement() throws Exception {
        foundInChineseAndEnglish(SearchField.STATEMENT, "Buyer's statement");
    }

    @Test
    void findsByChat() throws Exception {
        foundInChineseAndEnglish(SearchField.CHAT, "Chat");
    }

    @Test
    void findsByEvidenceCaption() throws Exception {
        foundInChineseAndEnglish(SearchField.CAPTION, "Photo caption");
    }

    @Test
    void findsByPartyStatement() throws Exception {
        foundInChineseAndEnglish(SearchField.PARTY_STATEMENT, "Statement sent");
    }

    @Test
    void findsByStaffNote() throws Exception {
        foundInChineseAndEnglish(SearchField.NOTE, "Staff note");
    }

    @Test
    void findsByBuyerId() throws Exception {
        found(marked().buyerId, "Buyer's id", marked().buyerId);
    }

    @Test
    void findsByShopId() throws Exception {
        found(marked().shopId, "Shop id", marked().shopId);
    }

    /** Every word must be in one text, in any order: two words of the chat line, one Chinese and one English. */
    @Test
    void findsByTwoWordsOfOneTextAndNotByWordsOfTwoTexts() throws Exception {
        SearchedCases.Marked m = marked();
        found(m.en.get(SearchField.CHAT) + " " + inside(m.zh.get(SearchField.CHAT)), "Chat", m.en.get(SearchField.CHAT));
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            HtmlPage page = browser.openHtml(path("/search", m.en.get(SearchField.CHAT) + " " + m.en.get(SearchField.NOTE)));
            assertEquals(null, line(page, "/disputes/" + m.id), "no one text holds both words");
        }
    }

    @Test
    void anExactCaseNumberOrderNumberOrPlatformIdOpensTheCase() throws Exception {
        SearchedCases.Marked m = marked();
        String caseNo = arbiter.Sql.text(io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class)
                .get(), "SELECT case_no FROM disputes WHERE id = " + m.id);
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            for (String exact : List.of(caseNo, caseNo.toLowerCase(), " " + caseNo + " ", m.orderNo, m.externalId)) {
                WebResponse response = get(browser, path("/search", exact));
                assertEquals(303, response.getStatusCode(), exact);
                assertEquals(Browser.PORTAL + "/disputes/" + m.id, response.getResponseHeaderValue("Location"), exact);
            }
        }
    }

    @Test
    void anOrderNumberOfTwoCasesListsBoth() throws Exception {
        String orderNo = "8" + System.nanoTime();
        long first = IntakeRequests.newCase(d -> ((java.util.Map<String, Object>) d.get("order")).put("orderNo", orderNo));
        long second = IntakeRequests.newCase(d -> ((java.util.Map<String, Object>) d.get("order")).put("orderNo", orderNo));
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            HtmlPage page = browser.openHtml(path("/search", orderNo));
            assertEquals(200, page.getWebResponse().getStatusCode());
            for (long id : List.of(second, first)) {
                SearchedCases.Line line = line(page, "/disputes/" + id);
                assertNotNull(line, "case " + id);
                assertTrue(line.hits().stream().anyMatch(h -> h.label().equals("Order number")
                        && h.marked().equals(List.of(orderNo))), line.hits().toString());
            }
            assertEquals(List.of("/disputes/" + second, "/disputes/" + first),
                    SearchedCases.lines(page).stream().map(SearchedCases.Line::href).toList(), "the newest first");
        }
    }

    /** A chat line with markup and an ampersand is shown as the text it is, the match still marked. */
    @Test
    void matchedTextIsEscapedWithTheMatchMarked() throws Exception {
        String word = SearchedCases.english();
        String line = "<script>alert('x')</script> & <b>" + word + "</b> 你好&nbsp;";
        long id = IntakeRequests.newCase(d -> ((List<java.util.Map<String, Object>>) d.get("chat")).get(0).put("text", line));
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            String html = get(browser, path("/search", word)).getContentAsString();
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;<mark>" + word
                    + "</mark>&lt;/b&gt; 你好&amp;nbsp;"), html);
            assertFalse(html.contains("<script>alert"), "no markup from the chat");
            assertFalse(html.contains("<b>" + word), "no markup from the chat");
            HtmlPage page = browser.openHtml(path("/search", word));
            SearchedCases.Hit hit = line(page, "/disputes/" + id).hits().get(0);
            assertEquals(line, hit.snippet(), "the text as written");
            assertEquals(List.of(word), hit.marked());
        }
    }

    @Test
    void theSearchBoxIsInTheLayoutForStaffOnly() throws Exception {
        for (String user : List.of("arbiter1", "super1", "seller1")) {
            try (Browser browser = new Browser()) {
                HtmlPage home = browser.signIn(user, "demo");
                boolean box = home
                        .getFirstByXPath("//header//form[@action='/search' and @role='search']//input[@name='q']") != null;
                assertEquals(!user.startsWith("seller"), box, user);
            }
        }
        try (Browser browser = new Browser()) {
            browser.signIn("seller1", "demo");
            assertEquals(403, get(browser, "/search?q=abc").getStatusCode(), "a seller has their own search");
        }
    }
}
