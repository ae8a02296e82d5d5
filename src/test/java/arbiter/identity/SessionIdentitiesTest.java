package arbiter.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.htmlunit.WebResponse;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.TestEnvironment;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A session's identity is verified once and then remembered for its exact cookies: the roles stay those of
 * the access token, other cookie bytes are never taken for it, and signing out ends it at once.
 */
@QuarkusTest
class SessionIdentitiesTest {

    @Inject
    SessionIdentities sessions;

    @Test
    void repeatedRequestsOfOneSessionUseTheRememberedIdentityWithItsRoles() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            long hitsBefore = sessions.hits();

            for (int i = 0; i < 3; i++) {
                assertEquals(200, browser.open("/disputes").getWebResponse().getStatusCode());
            }
            int supervision = browser.open("/supervision").getWebResponse().getStatusCode();

            assertTrue(sessions.hits() - hitsBefore >= 4, "remembered: " + (sessions.hits() - hitsBefore));
            assertEquals(403, supervision, "an arbitrator stays an arbitrator when remembered");
        }
    }

    @Test
    void alteredSessionCookieIsNotTakenForTheRememberedOne() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            assertEquals(200, browser.open("/supervision").getWebResponse().getStatusCode());
            URL portal = new URL(Browser.PORTAL + "/");
            Cookie session = browser.client().getCookies(portal).stream()
                    .filter(c -> c.getName().equals("q_session")).findFirst().orElseThrow();
            String value = session.getValue();
            // One character in the middle: the end of a base64 text may hold bits that decode to nothing.
            int middle = value.length() / 2;
            char flipped = value.charAt(middle) == 'A' ? 'B' : 'A';
            String altered = value.substring(0, middle) + flipped + value.substring(middle + 1);
            browser.client().getCookieManager().removeCookie(session);
            browser.client().getCookieManager().addCookie(new Cookie(session.getDomain(), session.getName(), altered,
                    session.getPath(), session.getExpires(), false, true));

            // Keycloak's own SSO cookie would sign the browser straight back in, so look at the first answer.
            browser.client().getOptions().setRedirectEnabled(false);
            WebResponse answer = browser.open("/supervision").getWebResponse();

            assertEquals(302, answer.getStatusCode(), "not served from the remembered identity");
            assertTrue(answer.getResponseHeaderValue("Location").startsWith(TestEnvironment.REALM),
                    "sent to Keycloak: " + answer.getResponseHeaderValue("Location"));
        }
    }
}
