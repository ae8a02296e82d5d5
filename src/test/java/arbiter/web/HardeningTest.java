package arbiter.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.KeycloakLogin;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 12's findings that are about the HTTP surface: metrics only on the management port, no redirect to a
 * forged host, CSRF tokens bound to the session and to this origin, sign-in possible after many signed-out
 * requests, and no-store on everything that shows case data.
 */
@QuarkusTest
class HardeningTest {

    /** The management interface in tests (quarkus.management.test-port). */
    static final String MANAGEMENT = "http://127.0.0.1:9001";

    @Inject
    AgroalDataSource db;

    @Inject
    CaseClaims claims;

    @Test
    void metricsAndHealthAnswerOnlyOnTheManagementPort() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
            given().baseUri(MANAGEMENT).port(9001).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void theApiDescriptionListsOnlyTheApi() {
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(document.contains("/api/v1/disputes"), document);
        for (String page : List.of("/disputes", "/supervision", "/seller", "/signout", "/language", "/demo/payments")) {
            assertFalse(document.contains("\"" + page), page + " is not in the API description");
        }
    }

    @Test
    void aForgedHostIsRefusedAndNoLocationNamesIt() {
        for (String method : List.of("GET", "POST")) {
            for (String path : List.of("/", "/disputes", "/disputes/next", "/signed-in", "/api/v1/disputes/1")) {
                var response = given().redirects().follow(false).header("Host", "evil.example")
                        .request(method, path);
                assertEquals(400, response.statusCode(), method + " " + path);
                String location = response.header("Location");
                assertTrue(location == null || !location.contains("evil.example"), location);
            }
        }
        var forwarded = given().redirects().follow(false).header("Host", "localhost:8081")
                .header("X-Forwarded-Host", "evil.example").get("/disputes");
        assertFalse(String.valueOf(forwarded.header("Location")).contains("evil.example"));
    }

    @Test
    void aTokenFromBeforeSignOutIsRefusedAfterSigningInAgain() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            String oldToken = browser.csrfToken();
            HtmlPage afterSignOut = browser.openHtml("/").<org.htmlunit.html.HtmlButton> getFirstByXPath(
                    "//form[@action='/signout']//button").click();
            assertTrue(KeycloakLogin.isLoginPage(afterSignOut));
            KeycloakLogin.submit(afterSignOut, "arbiter1", "demo");

            assertEquals(400, postWithToken(browser, "/disputes/" + id + "/claim", oldToken, null));
            assertNull(Sql.text(db, "SELECT assignee FROM disputes WHERE id = " + id), "nothing written");
            assertEquals(303, postWithToken(browser, "/disputes/" + id + "/claim", browser.csrfToken(), null),
                    "the new session's own token works");
        }
    }

    @Test
    void anotherUsersCookieAndTokenPlantedInABrowserAreRefused() throws Exception {
        long id = IntakeRequests.newCase();
        String token;
        Cookie csrfCookie;
        try (Browser seller = new Browser()) {
            seller.signIn("seller2", "demo");
            token = seller.csrfToken();
            csrfCookie = seller.client().getCookieManager().getCookie("csrf-token");
        }
        try (Browser arbiter = new Browser()) {
            arbiter.signIn("arbiter2", "demo");
            arbiter.client().getCookieManager().addCookie(csrfCookie);
            assertEquals(400, postWithToken(arbiter, "/disputes/" + id + "/claim", token, null));
            assertNull(Sql.text(db, "SELECT assignee FROM disputes WHERE id = " + id), "nothing written");
        }
    }

    @Test
    void aStateChangeFromAnotherOriginIsRefusedEvenWithAValidToken() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            String token = browser.csrfToken();
            for (String origin : List.of("http://evil.example", "null", "http://localhost:8081.evil.example",
                    "https://localhost:9999")) {
                assertEquals(400, postWithToken(browser, "/disputes/" + id + "/claim", token, origin), origin);
            }
            assertEquals(400, postWithReferer(browser, "/disputes/" + id + "/claim", token,
                    "http://evil.example/page"));
            assertNull(Sql.text(db, "SELECT assignee FROM disputes WHERE id = " + id), "nothing written");
            assertEquals(303, postWithToken(browser, "/disputes/" + id + "/claim", token, "http://localhost:8081"));
        }
    }

    @Test
    void sixtyProtectedRequestsWhileSignedOutLeaveOneStateCookieAndSignInStillWorks() throws Exception {
        try (Browser browser = new Browser()) {
            browser.client().getOptions().setRedirectEnabled(false);
            for (int i = 0; i < 60; i++) {
                int status = browser.open("/disputes?page=" + i).getWebResponse().getStatusCode();
                assertEquals(302, status, "request " + i + " is sent to sign in");
            }
            Set<Cookie> cookies = browser.client().getCookies(new URL(Browser.PORTAL + "/"));
            long states = cookies.stream().filter(c -> c.getName().startsWith("q_auth")).count();
            assertTrue(states <= 1, "pending sign-in states: " + cookies);
            browser.client().getOptions().setRedirectEnabled(true);

            HtmlPage home = browser.signIn("arbiter2", "demo");
            assertEquals(200, home.getWebResponse().getStatusCode());
            assertTrue(home.getUrl().toString().startsWith(Browser.PORTAL), home.getUrl().toString());
        }
    }

    @Test
    void everythingShowingCaseDataIsNoStoreAndPhotosStayCacheable() throws Exception {
        try (Browser supervisor = new Browser()) {
            supervisor.signIn("super1", "demo");
            for (String path : List.of("/", "/disputes", "/supervision/audit", "/supervision/audit/export",
                    "/supervision/statistics", "/supervision/statistics/export", "/supervision/statistics/trend.svg",
                    "/supervision/statistics/outcomes.svg", "/disputes/999999999")) {
                var response = supervisor.open(path).getWebResponse();
                assertEquals("no-store", response.getResponseHeaderValue("Cache-Control"), path);
            }
        }
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            for (String path : List.of("/seller", "/seller/points", "/seller/points.svg")) {
                var response = seller.open(path).getWebResponse();
                assertEquals("no-store", response.getResponseHeaderValue("Cache-Control"), path);
            }
        }
        String api = given().auth().oauth2(IntakeRequests.platformToken()).get("/api/v1/disputes/" + IntakeRequests.newCase())
                .then().statusCode(200).extract().header("Cache-Control");
        assertEquals("no-store", api);
    }

    /** A POST of {@code token} alone, with an {@code Origin} header when one is given; its status. */
    private static int postWithToken(Browser browser, String path, String token, String origin) throws Exception {
        return post(browser, path, token, origin == null ? Map.of() : Map.of("Origin", origin));
    }

    /** The same with a {@code Referer} and no {@code Origin}, as some browsers send a same-site form. */
    private static int postWithReferer(Browser browser, String path, String token, String referer) throws Exception {
        return post(browser, path, token, Map.of("Referer", referer));
    }

    private static int post(Browser browser, String path, String token, Map<String, String> headers)
            throws Exception {
        WebRequest request = new WebRequest(new URL(Browser.PORTAL + path), HttpMethod.POST);
        request.setEncodingType(FormEncodingType.URL_ENCODED);
        request.setRequestParameters(List.of(new NameValuePair("csrf-token", token)));
        headers.forEach(request::setAdditionalHeader);
        return browser.sendWithoutRedirect(request).getStatusCode();
    }
}
