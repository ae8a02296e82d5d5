package arbiter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.htmlunit.WebResponse;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 16, "Search": input the search cannot run is a 400 page saying why beside the box, never a 5xx, and changes
 * nothing; no query is the empty form. For the staff's and the seller's search alike.
 */
@QuarkusTest
class SearchBadInputTest {

    @Inject
    AgroalDataSource db;

    static final List<String> SEARCHES = List.of("/search", "/seller/search");

    private static String user(String search) {
        return search.startsWith("/seller") ? "seller1" : "arbiter1";
    }

    private long changes() {
        return Sql.number(db, "SELECT (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM disputes)"
                + " + (SELECT coalesce(sum(n), 0) FROM queue_changes)");
    }

    @Test
    void noQueryShowsTheEmptyForm() throws Exception {
        for (String search : SEARCHES) {
            try (Browser browser = new Browser()) {
                browser.signIn(user(search), "demo");
                for (String q : List.of("", "?q=", "?q=%20%20", "?q=%09")) {
                    WebResponse response = SearchedCases.get(browser, search + q);
                    assertEquals(200, response.getStatusCode(), search + q);
                    String html = response.getContentAsString();
                    assertTrue(html.contains("name=\"q\""), "the form");
                    assertTrue(html.contains("Find "), "the hint: " + search + q);
                    assertFalse(html.contains("role=\"alert\""), "no error");
                }
            }
        }
    }

    /** Each kind of bad input, with the sentence the page shows for it beside the box. */
    @Test
    void badInputIsA400PageSayingWhyAndChangesNothing() throws Exception {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("q=" + "x".repeat(201), "at most 200 characters");
        bad.put("q=" + "颜".repeat(201), "at most 200 characters");
        bad.put("q=" + URLEncoder.encode("a b c d e f g h i j k", StandardCharsets.UTF_8), "at most 10 words");
        for (String after : List.of("abc", "-5", "0", "1.5", "99999999999999999999", "1_2", "%20x")) {
            bad.put("q=coat&after=" + after, "page position is not valid");
        }
        for (String search : SEARCHES) {
            try (Browser browser = new Browser()) {
                browser.signIn(user(search), "demo");
                long before = changes();
                for (var kind : bad.entrySet()) {
                    WebResponse response = SearchedCases.get(browser, search + "?" + kind.getKey());
                    assertEquals(400, response.getStatusCode(), search + "?" + kind.getKey());
                    assertEquals("text/html", response.getContentType());
                    String html = response.getContentAsString();
                    assertTrue(html.contains(kind.getValue()), kind.getKey() + ": " + html);
                    assertTrue(html.contains("name=\"q\""), "the box, to search again");
                }
                assertEquals(before, changes(), "nothing changed");
            }
        }
    }

    /** Control characters are refused by the portal's one policy (system/ClientInput): 400 naming the field. */
    @Test
    void controlCharactersAreRefused() throws Exception {
        for (String search : SEARCHES) {
            try (Browser browser = new Browser()) {
                browser.signIn(user(search), "demo");
                for (String q : List.of("a\u0000b", "\u001b[31mred", "coat\u007f", "\u0085x")) {
                    WebResponse response = SearchedCases.get(browser,
                            search + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                    assertEquals(400, response.getStatusCode(), q);
                    assertTrue(response.getContentAsString().contains("q"), "names the field");
                }
                WebResponse after = SearchedCases.get(browser, search + "?q=coat&after=1%00");
                assertEquals(400, after.getStatusCode());
            }
        }
    }

    /** Odd but acceptable text is searched: punctuation, quotes, markup, SQL and tsquery syntax, one character. */
    @Test
    void oddQueriesAreSearchedNeverAnError() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            for (String q : List.of("!!!", "'", "\"", "%", "_", "a & b", "x:*", "!(a|b)", "<b>", "'); DROP TABLE disputes; --",
                    "大", "a", "😀", "\u202eevil", "x".repeat(200), "ab\\")) {
                WebResponse response = SearchedCases.get(browser, "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                assertTrue(response.getStatusCode() == 200, q + ": " + response.getStatusCode());
                assertNotNull(response.getContentAsString());
            }
        }
    }
}
