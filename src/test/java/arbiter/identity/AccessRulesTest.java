package arbiter.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import arbiter.Browser;
import arbiter.TestEnvironment;
import io.quarkus.test.junit.QuarkusTest;

/** Who may open what, signed in through the real Keycloak; deny by default. */
@QuarkusTest
class AccessRulesTest {

    @Test
    void anonymousPageRequestIsRedirectedToKeycloak() {
        given().redirects().follow(false)
                .when().get("/disputes")
                .then().statusCode(302)
                .header("Location", startsWith(TestEnvironment.REALM + "/protocol/openid-connect/auth"));
    }

    @Test
    void apiRequestWithoutTokenIsUnauthorizedNotRedirected() {
        given().redirects().follow(false)
                .when().get("/api/v1/disputes/1")
                .then().statusCode(401);
    }

    @Test
    void apiRequestWithAnInvalidTokenIsUnauthorized() {
        given().redirects().follow(false).auth().oauth2("not-a-token")
                .when().get("/api/v1/disputes/1")
                .then().statusCode(401);
    }

    /** The role matrix: home, queue, supervision, seller pages; 200 allowed, 403 refused. */
    @ParameterizedTest
    @CsvSource({
            "arbiter1, 200, 200, 403, 403",
            "super1,   200, 200, 200, 403",
            "seller1,  200, 403, 403, 200" })
    void eachRoleOpensOnlyItsPages(String user, int home, int queue, int supervision, int seller) throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(user, "demo");
            assertEquals(home, browser.open("/").getWebResponse().getStatusCode(), "/");
            assertEquals(queue, browser.open("/disputes").getWebResponse().getStatusCode(), "/disputes");
            assertEquals(supervision, browser.open("/supervision").getWebResponse().getStatusCode(), "/supervision");
            assertEquals(seller, browser.open("/seller").getWebResponse().getStatusCode(), "/seller");
        }
    }

    @Test
    void sellerOpeningTheQueueGetsTheForbiddenPageInTheLayout() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("seller1", "demo");
            HtmlPage page = browser.openHtml("/disputes");

            assertEquals(403, page.getWebResponse().getStatusCode());
            String text = page.asNormalizedText();
            assertTrue(text.contains("Not available to your role"), text);
            assertTrue(text.contains("Fang Wang") && text.contains("My shop"),
                    "the page is in the layout, with the user and the navigation: " + text);
            assertFalse(text.contains("Exception") || text.contains("at arbiter."), "no internals shown");
        }
    }

    @Test
    void arbitratorOpeningASupervisorPageGetsForbidden() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage page = browser.openHtml("/supervision");

            assertEquals(403, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("Not available to your role"));
        }
    }

    @Test
    void routeWithoutAnAccessRuleIsRefusedEvenWhenSignedIn() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            Page page = browser.open("/no-such-route");

            assertEquals(403, page.getWebResponse().getStatusCode());
        }
    }
}
