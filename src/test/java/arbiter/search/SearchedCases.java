package arbiter.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;

import arbiter.Browser;
import arbiter.intake.IntakeRequests;

/**
 * Words no other case holds, and a case that carries them in every field the search promises (issue 16), written
 * through the intake API; and reading a result page as a person does.
 */
final class SearchedCases {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SearchedCases() {
    }

    /** A Chinese word of {@code length} characters no other case holds (common CJK ideographs, drawn at random). */
    static String chinese(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.appendCodePoint(0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00));
        }
        return word.toString();
    }

    /** An English word (letters only) no other case holds. */
    static String english() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** The two characters in the middle of a six-character word: found only inside it. */
    static String inside(String chinese) {
        return chinese.substring(2, 4);
    }

    /**
     * A case whose every searched text holds a Chinese word and an English word of its own, as {@code zh.get(field)}
     * and {@code en.get(field)}, and whose identifiers are its own.
     */
    static final class Marked {
        final Map<SearchField, String> zh = new LinkedHashMap<>();
        final Map<SearchField, String> en = new LinkedHashMap<>();
        final String externalId = "TB-SRCH-" + UUID.randomUUID();
        final String orderNo = "7" + String.format("%015d", Math.abs(RANDOM.nextLong()) % 1_000_000_000_000_000L);
        final String buyerId = "b-" + UUID.randomUUID().toString().substring(0, 12);
        final String shopId = IntakeRequests.newShopId();
        long id;

        Marked() {
            for (SearchField field : List.of(SearchField.BUYER_NICK, SearchField.SHOP_NAME, SearchField.ITEM_TITLE,
                    SearchField.STATEMENT, SearchField.CHAT, SearchField.CAPTION, SearchField.PARTY_STATEMENT,
                    SearchField.NOTE)) {
                zh.put(field, chinese(6));
                en.put(field, english());
            }
        }

        @SuppressWarnings("unchecked")
        Marked open() {
            id = IntakeRequests.newCase(d -> {
                d.put("externalId", externalId);
                Map<String, Object> order = (Map<String, Object>) d.get("order");
                order.put("orderNo", orderNo);
                order.put("itemTitle", "男士羊毛大衣" + zh.get(SearchField.ITEM_TITLE) + " navy " + en.get(SearchField.ITEM_TITLE));
                d.put("buyer", new LinkedHashMap<>(Map.of("id", buyerId,
                        "nick", "小林" + zh.get(SearchField.BUYER_NICK) + " " + en.get(SearchField.BUYER_NICK))));
                Map<String, Object> seller = (Map<String, Object>) d.get("seller");
                seller.put("shopId", shopId);
                seller.put("shopName", "暖冬" + zh.get(SearchField.SHOP_NAME) + "旗舰店 " + en.get(SearchField.SHOP_NAME));
                d.put("buyerStatement", "收到的大衣" + zh.get(SearchField.STATEMENT) + "面料起球。The "
                        + en.get(SearchField.STATEMENT) + " came apart.");
                List<Map<String, Object>> chat = (List<Map<String, Object>>) d.get("chat");
                chat.get(0).put("text", "你好，" + zh.get(SearchField.CHAT) + "不对。Is the " + en.get(SearchField.CHAT)
                        + " normal?");
                List<Map<String, Object>> evidence = (List<Map<String, Object>>) d.get("evidence");
                evidence.get(0).put("caption", "面料" + zh.get(SearchField.CAPTION) + "特写 " + en.get(SearchField.CAPTION));
            });
            return this;
        }
    }

    /** One result line: the case it links to, and each match as its field's label with its marked words. */
    record Line(String href, List<Hit> hits, String text) {
    }

    record Hit(String label, List<String> marked, String snippet) {
    }

    static String path(String base, String query) {
        return base + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The result lines of a page (a table row for staff, a card for sellers). */
    static List<Line> lines(HtmlPage page) {
        List<Line> lines = new ArrayList<>();
        for (HtmlElement line : page.<HtmlElement> getByXPath("//table[contains(@class,'search-results')]/tbody/tr"
                + " | //ul[@class='cards']/li")) {
            HtmlElement link = line.getFirstByXPath(".//a");
            List<Hit> hits = new ArrayList<>();
            for (HtmlElement hit : line.<HtmlElement> getByXPath(".//div[@class='hit']")) {
                hits.add(new Hit(((HtmlElement) hit.getFirstByXPath("./span[@class='muted']")).asNormalizedText(),
                        hit.<HtmlElement> getByXPath(".//mark").stream().map(HtmlElement::asNormalizedText).toList(),
                        ((HtmlElement) hit.getFirstByXPath("./span[@class='snippet']")).asNormalizedText()));
            }
            lines.add(new Line(link.getAttribute("href"), hits, line.asNormalizedText()));
        }
        return lines;
    }

    /** The line of the case {@code href} on the page, or null. */
    static Line line(HtmlPage page, String href) {
        return lines(page).stream().filter(l -> l.href().equals(href)).findFirst().orElse(null);
    }

    /** The answer to a GET, redirects not followed. */
    static WebResponse get(Browser browser, String path) throws IOException {
        return browser.sendWithoutRedirect(new WebRequest(new java.net.URL(Browser.PORTAL + path)));
    }
}
