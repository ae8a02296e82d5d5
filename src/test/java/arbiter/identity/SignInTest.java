package arbiter.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import arbiter.Browser;
import arbiter.KeycloakLogin;
import io.quarkus.test.junit.QuarkusTest;

/** Every demo user signs in on the real Keycloak login page and lands on the home of their role. */
@QuarkusTest
class SignInTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arbiter1 | Xiao Lin  | The queue                | Waiting for a supervisor",
            "arbiter2 | Min Zhou  | The queue                | Waiting for a supervisor",
            "super1   | Jing Chen | Waiting for a supervisor | Your shop",
            "seller1  | Fang Wang | shop-1                   | The queue",
            "seller2  | Yang Liu  | shop-2                   | The queue" })
    void demoUserSignsInOnKeycloakAndLandsOnTheirHome(String username, String name, String shown, String notShown)
            throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.openHtml("/");
            assertTrue(KeycloakLogin.isLoginPage(login), "an anonymous visit goes to Keycloak's login page");

            HtmlPage home = KeycloakLogin.submit(login, username, "demo");

            assertEquals(Browser.PORTAL + "/", home.getUrl().toString());
            assertEquals(200, home.getWebResponse().getStatusCode());
            String text = home.asNormalizedText();
            assertTrue(text.contains("Start page"), text);
            assertTrue(text.contains(name), "the signed-in user's name is shown");
            assertTrue(text.contains(shown), text);
            assertFalse(text.contains(notShown), text);
            assertTrue(browser.client().getCookieManager().getCookies().stream()
                    .anyMatch(c -> c.getName().startsWith("q_session") && c.isHttpOnly()),
                    "an HttpOnly session cookie was set");
        }
    }

    @Test
    void wrongPasswordShowsKeycloaksErrorAndNoPortalPage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage again = KeycloakLogin.submit(browser.openHtml("/"), "arbiter1", "not-the-password");

            assertTrue(KeycloakLogin.isLoginPage(again), "still on Keycloak's login page");
            assertTrue(again.asNormalizedText().contains("Invalid username or password."), again.asNormalizedText());
            assertTrue(browser.client().getCookieManager().getCookies().stream()
                    .noneMatch(c -> c.getName().startsWith("q_session")), "no portal session");
        }
    }
}
