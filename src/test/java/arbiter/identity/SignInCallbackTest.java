package arbiter.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import arbiter.Browser;
import arbiter.Chromium;
import arbiter.KeycloakLogin;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every way a browser comes back to the sign-in callback ({@code /signed-in}) lands on a page: the one asked
 * for, or the role's start page; never a 404, a 401 or a loop (issue 13, fault 4). The ways: a second tab
 * signed in after the first; the back button to Keycloak's form after signing in, and that form sent again;
 * a reload of the callback address; the callback with a state and a code that are stale, replayed, made up
 * or missing, signed in and signed out.
 */
@QuarkusTest
class SignInCallbackTest {

    /** The page a return ends on: a portal page answered 200, not the callback itself, nor an error. */
    private static void landsOnAPortalPage(Page page, String path, String what) {
        String url = page.getUrl().toString();
        assertEquals(200, page.getWebResponse().getStatusCode(), what + ": " + url);
        assertTrue(url.startsWith(Browser.PORTAL + "/"), what + " ends in the portal: " + url);
        assertFalse(page.getUrl().getPath().equals("/signed-in"), what + " does not stay on the callback: " + url);
        if (path != null) {
            assertEquals(path, page.getUrl().getPath(), what);
        }
    }

    private static void landsOnLoginOrPortal(Page page, String what) {
        if (page instanceof HtmlPage html && KeycloakLogin.isLoginPage(html)) {
            return; // signed out: asked to sign in, which then lands on the page (see the other tests)
        }
        landsOnAPortalPage(page, null, what);
    }

    @Test
    void aSecondTabSignedInAfterTheFirstLandsOnItsPage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage first = browser.openHtml("/disputes");
            Page secondTab = browser.open("/disputes?sort=amount");
            assertTrue(secondTab instanceof HtmlPage, "the second tab shows a page: " + secondTab.getUrl() + " "
                    + secondTab.getWebResponse().getStatusCode() + " " + secondTab.getWebResponse().getContentAsString());
            HtmlPage second = (HtmlPage) secondTab;
            assertTrue(KeycloakLogin.isLoginPage(first) && KeycloakLogin.isLoginPage(second));

            // The first tab's sign-in state was replaced by the second's (one at a time): it signs in afresh and
            // lands on the start page.
            landsOnAPortalPage(KeycloakLogin.submit(first, "arbiter1", "demo"), null, "first tab");
            Page afterSecond = KeycloakLogin.submit(second, "arbiter1", "demo");
            landsOnAPortalPage(afterSecond, null, "second tab");
        }
    }

    @Test
    void inChromiumTwoTabsAtTheLoginFormBothLandOnAPortalPage() throws Exception {
        try (Chromium chromium = new Chromium(1280, 900)) {
            ChromeDriver chrome = chromium.driver();
            chrome.get(Browser.PORTAL + "/disputes");
            String first = chrome.getWindowHandle();
            chrome.switchTo().newWindow(WindowType.TAB).get(Browser.PORTAL + "/disputes?sort=amount");
            String second = chrome.getWindowHandle();
            for (String tab : new String[] { first, second }) {
                chrome.switchTo().window(tab);
                Chromium.submitLogin(chrome, "arbiter1");
                new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(Browser.PORTAL));
                String text = chrome.findElement(By.tagName("body")).getText();
                assertTrue(chrome.getCurrentUrl().startsWith(Browser.PORTAL + "/")
                        && !chrome.getCurrentUrl().contains("/signed-in")
                        && chrome.findElements(By.cssSelector("a[href='/signout'], form[action='/signout']")).size() > 0,
                        "a signed-in portal page in " + (tab.equals(first) ? "the first" : "the second") + " tab: "
                                + chrome.getCurrentUrl() + "\n" + text);
            }
        }
    }

    @Test
    void aSecondTabSignedInFirstLeavesTheFirstTabWorkingToo() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage first = browser.openHtml("/supervision");
            HtmlPage second = browser.openHtml("/");
            landsOnAPortalPage(KeycloakLogin.submit(second, "super1", "demo"), "/", "second tab");
            landsOnAPortalPage(KeycloakLogin.submit(first, "super1", "demo"), null, "first tab, sent later");
        }
    }

    @Test
    void theBackButtonToKeycloaksFormAndSendingItAgainLandsOnAPage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.openHtml("/disputes");
            URL form = login.getUrl();
            landsOnAPortalPage(KeycloakLogin.submit(login, "arbiter2", "demo"), "/disputes", "sign-in");
            // Back: the browser shows the old form again (from its history) and the user sends it once more.
            landsOnLoginOrPortal(KeycloakLogin.submit(login, "arbiter2", "demo"), "the old form sent again");
            // Back, reloaded: Keycloak already knows the user and answers the old request at once.
            landsOnAPortalPage(browser.client().getPage(form), null, "the old sign-in address opened again");
        }
    }

    @Test
    void reloadingTheCallbackAddressAfterSigningInLandsOnAPage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.openHtml("/seller");
            Page home = KeycloakLogin.submit(login, "seller1", "demo");
            landsOnAPortalPage(home, null, "sign-in");
            URL callback = browser.client().getWebWindows().stream()
                    .flatMap(w -> java.util.stream.IntStream.range(0, w.getHistory().getLength())
                            .mapToObj(i -> w.getHistory().getUrl(i)))
                    .filter(u -> u != null && u.getPath().equals("/signed-in"))
                    .findFirst().orElse(new URL(Browser.PORTAL + "/signed-in?state=x&code=y"));
            landsOnAPortalPage(browser.client().getPage(callback), null, "the callback reloaded: " + callback);
        }
    }

    @Test
    void aMadeUpStaleOrMissingStateWhileSignedInLandsOnAPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            for (String query : new String[] { "", "?state=made-up&code=made-up", "?code=only-a-code",
                    "?state=only-a-state", "?error=access_denied&state=x", "?state=a&state=b&code=c" }) {
                landsOnAPortalPage(browser.open("/signed-in" + query), null, "signed in, /signed-in" + query);
            }
        }
    }

    @Test
    void aMadeUpStaleOrMissingStateWhileSignedOutAsksToSignInAndThenLands() throws Exception {
        for (String query : new String[] { "", "?state=made-up&code=made-up", "?code=only-a-code",
                "?error=access_denied&state=x" }) {
            try (Browser browser = new Browser()) {
                Page page = browser.open("/signed-in" + query);
                assertTrue(page instanceof HtmlPage html && KeycloakLogin.isLoginPage(html),
                        "signed out, /signed-in" + query + " asks to sign in: " + page.getUrl() + " "
                                + page.getWebResponse().getStatusCode());
                landsOnAPortalPage(KeycloakLogin.submit((HtmlPage) page, "arbiter1", "demo"), null,
                        "then signed in, from /signed-in" + query);
            }
        }
    }
}
