package arbiter.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.KeycloakLogin;
import io.quarkus.test.junit.QuarkusTest;

/** Sign-out ends the portal session and the Keycloak session, and a copy of the old cookie opens nothing. */
@QuarkusTest
class SignOutTest {

    @Test
    void afterSignOutTheOldSessionCookieNoLongerWorks() throws Exception {
        Set<Cookie> oldCookies;
        try (Browser browser = new Browser()) {
            HtmlPage home = browser.signIn("arbiter1", "demo");
            oldCookies = browser.client().getCookies(new URL(Browser.PORTAL + "/"));
            assertTrue(oldCookies.stream().anyMatch(c -> c.getName().startsWith("q_session")));

            HtmlButton signOut = home.getFirstByXPath("//form[@action='/signout']//button");
            HtmlPage after = signOut.click();

            assertTrue(KeycloakLogin.isLoginPage(after),
                    "back at the start page, which asks for a new sign-in: " + after.getUrl());
        }

        try (Browser replay = new Browser()) {
            oldCookies.forEach(replay.client().getCookieManager()::addCookie);
            HtmlPage page = replay.openHtml("/");

            assertTrue(KeycloakLogin.isLoginPage(page), "the old cookie is refused: " + page.getUrl());
            assertFalse(page.asNormalizedText().contains("Start page"));
        }
    }

    @Test
    void signOutWithoutCsrfTokenIsRefusedAndTheSessionStays() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            // A form another site could make a browser send: everything but the token.
            WebRequest request = new WebRequest(new URL(Browser.PORTAL + "/signout"), HttpMethod.POST);
            request.setEncodingType(FormEncodingType.URL_ENCODED);
            request.setRequestParameters(List.of(new NameValuePair("confirm", "yes")));
            int status = browser.client().getPage(request).getWebResponse().getStatusCode();

            assertEquals(400, status);
            assertEquals(200, browser.open("/").getWebResponse().getStatusCode(), "still signed in");
        }
    }
}
