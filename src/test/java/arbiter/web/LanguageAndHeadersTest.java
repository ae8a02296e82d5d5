package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import io.quarkus.test.junit.QuarkusTest;

/** The UI language follows the browser and the switch; every page carries the security headers. */
@QuarkusTest
class LanguageAndHeadersTest {

    @Test
    void browserAskingForChineseGetsTheChineseUi() throws Exception {
        try (Browser browser = new Browser()) {
            browser.client().addRequestHeader("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
            HtmlPage home = browser.signIn("arbiter1", "demo");

            assertEquals("zh-CN", home.getDocumentElement().getAttribute("lang"));
            assertTrue(home.asNormalizedText().contains("退出登录"), home.asNormalizedText());
        }
    }

    @Test
    void languageSwitchIsRememberedAcrossPages() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage home = browser.signIn("super1", "demo");
            assertEquals("en", home.getDocumentElement().getAttribute("lang"));

            HtmlButton chinese = home.getFirstByXPath("//form[@action='/language']//button[@value='zh-CN']");
            HtmlPage switched = chinese.click();

            assertEquals(Browser.PORTAL + "/", switched.getUrl().toString(), "back on the page it was used on");
            assertTrue(switched.asNormalizedText().contains("待主管处理"), switched.asNormalizedText());
            arbiter.intake.IntakeRequests.newCase(); // at least one row in the queue
            HtmlPage queue = browser.openHtml("/disputes");
            assertEquals("zh-CN", queue.getDocumentElement().getAttribute("lang"));
            String counts = queue.<HtmlElement> getFirstByXPath("//nav[@class='status-counts']").asNormalizedText();
            assertTrue(counts.contains("待受理") && !counts.contains("Escalated"), "statuses labelled in Chinese: " + counts);
            String reasons = queue.<HtmlSelect> getFirstByXPath("//select[@name='reason']").getOptions().stream()
                    .map(HtmlOption::getText).toList().toString();
            assertTrue(reasons.contains("质量问题"), "reasons labelled in Chinese: " + reasons);
            String rows = queue.<HtmlElement> getFirstByXPath("//table[contains(@class, 'queue')]/tbody").asNormalizedText();
            assertTrue(rows.contains("待受理") && !rows.contains("Escalated"), "the rows in Chinese too: " + rows);

            HtmlButton english = queue.getFirstByXPath("//form[@action='/language']//button[@value='en']");
            String back = english.<HtmlPage> click().<HtmlElement> getFirstByXPath("//nav[@class='status-counts']")
                    .asNormalizedText();
            assertTrue(back.contains("Escalated"), "and in English again: " + back);
        }
    }

    @Test
    void languageSwitchWithoutCsrfTokenChangesNothing() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            WebRequest forged = new WebRequest(new URL(Browser.PORTAL + "/language"), HttpMethod.POST);
            forged.setEncodingType(FormEncodingType.URL_ENCODED);
            forged.setRequestParameters(List.of(new NameValuePair("lang", "zh-CN")));

            assertEquals(400, browser.client().getPage(forged).getWebResponse().getStatusCode());
            assertEquals("en", browser.openHtml("/").getDocumentElement().getAttribute("lang"));
        }
    }

    @Test
    void unknownLanguageIsRefusedWithBadRequest() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage home = browser.signIn("arbiter1", "demo");
            HtmlButton english = home.getFirstByXPath("//form[@action='/language']//button[@value='en']");
            english.setAttribute("value", "fr");

            assertEquals(400, ((HtmlPage) english.click()).getWebResponse().getStatusCode());
        }
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        try (Browser browser = new Browser()) {
            WebResponse page = browser.signIn("arbiter1", "demo").getWebResponse();

            String csp = page.getResponseHeaderValue("Content-Security-Policy");
            assertNotNull(csp);
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(!csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", page.getResponseHeaderValue("X-Content-Type-Options"));
            assertEquals("same-origin", page.getResponseHeaderValue("Referrer-Policy"));
            assertEquals("no-store", page.getResponseHeaderValue("Cache-Control"));
            assertNotNull(page.getResponseHeaderValue("X-Request-Id"));
        }
    }

    @Test
    void everyFormOfThePageCarriesTheCsrfToken() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage home = browser.signIn("seller1", "demo");

            assertTrue(home.getForms().size() >= 2);
            home.getForms().forEach(form -> assertTrue(
                    !form.getInputsByName("csrf-token").isEmpty() && !form.getInputByName("csrf-token").getValue().isEmpty(),
                    "form " + form.getActionAttribute() + " has a CSRF token"));
        }
    }

    @Test
    void aReturnAddressThatIsNotAPlainLocalPathGoesToTheStartPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            String token = browser.csrfToken();
            for (String back : List.of("/disputes\tx", "/disputes\nLocation: http://evil.example", "/disputes x",
                    "/disputes\"x", "//evil.example", "/\\evil.example", "https://evil.example", "", "disputes")) {
                WebResponse answer = language(browser, token, back);
                assertEquals(303, answer.getStatusCode(), back);
                assertEquals("/", answer.getResponseHeaderValue("Location"), back);
            }
            WebResponse local = language(browser, token, "/disputes?status=RULED&sort=amount");
            assertEquals("/disputes?status=RULED&sort=amount", local.getResponseHeaderValue("Location"));
        }
    }

    private static WebResponse language(Browser browser, String token, String back) throws Exception {
        WebRequest request = new WebRequest(new URL(Browser.PORTAL + "/language"), HttpMethod.POST);
        request.setEncodingType(FormEncodingType.URL_ENCODED);
        request.setRequestParameters(List.of(new NameValuePair("csrf-token", token), new NameValuePair("lang", "en"),
                new NameValuePair("back", back)));
        return browser.sendWithoutRedirect(request);
    }
}
