package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The line a page shows after an action comes from the {@code flash} bundle by the key its cookie names: the keys of
 * every feature (the case page's, the supervisors', the seller portal's) in the page's language, and a key that names
 * no message (a cookie someone wrote by hand) shows nothing rather than failing the page.
 */
@QuarkusTest
class FlashMessageTest {

    @Test
    void aFlashOfEachFeatureShowsInThePagesLanguage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            assertEquals("The case is yours now.", flashOn(browser, "flash_case_claimed"));
            assertEquals("The ruling is approved and in effect.", flashOn(browser, "flash_ruling_approved"));
        }
        try (Browser browser = new Browser()) {
            browser.client().addRequestHeader("Accept-Language", "zh-CN,zh;q=0.9");
            browser.signIn("super1", "demo");
            assertEquals("已领取此案件。", flashOn(browser, "flash_case_claimed"));
        }
        try (Browser browser = new Browser()) {
            browser.signIn("seller1", "demo");
            for (String key : List.of("flash_appeal_filed", "flash_seller_evidence_saved")) {
                String shown = flashOn(browser, key);
                assertEquals(false, shown == null || shown.isBlank(), key + ": " + shown);
            }
        }
    }

    @Test
    void aKeyThatNamesNoMessageShowsNothing() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            setFlash(browser, "flash_no_such_message");
            HtmlPage home = browser.openHtml("/");
            assertEquals(200, home.getWebResponse().getStatusCode());
            DomElement flash = home.getFirstByXPath("//div[contains(@class, 'flash')]");
            assertEquals("", flash == null ? "" : flash.asNormalizedText());
        }
    }

    private static String flashOn(Browser browser, String key) throws Exception {
        setFlash(browser, key);
        HtmlPage home = browser.openHtml("/");
        DomElement flash = home.getFirstByXPath("//div[contains(@class, 'flash')]");
        assertNull(browser.client().getCookieManager().getCookie(Flash.COOKIE), "shown once, then gone");
        return flash == null ? null : flash.asNormalizedText();
    }

    private static void setFlash(Browser browser, String key) {
        String value = Flash.encode(new Flash.Message(Flash.Kind.SUCCESS, key, List.of()));
        browser.client().getCookieManager().addCookie(new Cookie("localhost", Flash.COOKIE, value, "/", null, false));
    }
}
