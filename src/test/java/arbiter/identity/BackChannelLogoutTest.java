package arbiter.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.KeycloakLogin;
import arbiter.Sql;
import arbiter.TestEnvironment;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A session ended in Keycloak (here by an administrator through its admin API, as the account console or an
 * admin's "sign out" would) is refused by the portal within seconds, through back-channel logout; a forged
 * logout token ends nothing.
 */
@QuarkusTest
class BackChannelLogoutTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aSessionEndedByAnAdministratorInKeycloakIsRefusedWithinSeconds() throws Exception {
        String admin = adminToken();
        Map<String, Object> portal = portalClient(admin);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) portal.get("attributes");
        Object configured = attributes.get("backchannel.logout.url");
        // The realm sends to the run's portal (8080); this test's portal listens on 8081.
        attributes.put("backchannel.logout.url", Browser.PORTAL + "/back-channel-logout");
        updatePortalClient(admin, portal);
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            assertEquals(200, browser.open("/").getWebResponse().getStatusCode());

            String userId = given().auth().oauth2(admin).queryParam("username", "arbiter2").queryParam("exact", true)
                    .get(TestEnvironment.KEYCLOAK + "/admin/realms/arbitration/users").then().statusCode(200)
                    .extract().path("[0].id");
            List<String> sessions = given().auth().oauth2(admin)
                    .get(TestEnvironment.KEYCLOAK + "/admin/realms/arbitration/users/" + userId + "/sessions")
                    .then().statusCode(200).extract().path("id");
            for (String session : sessions) {
                given().auth().oauth2(admin).delete(TestEnvironment.KEYCLOAK + "/admin/realms/arbitration/sessions/"
                        + session).then().statusCode(204);
            }
            long ended = 0;
            for (int i = 0; i < 50 && ended == 0; i++) {
                ended = Sql.number(db, "SELECT count(*) FROM ended_sessions WHERE sid IN ('"
                        + String.join("','", sessions) + "')");
                Thread.sleep(100);
            }
            assertTrue(ended > 0, "Keycloak reported the ended session and the portal recorded it");
            Page page = browser.open("/");
            assertTrue(page instanceof HtmlPage html && KeycloakLogin.isLoginPage(html),
                    "the browser must sign in again: " + page.getUrl());
        } finally {
            attributes.put("backchannel.logout.url", configured);
            updatePortalClient(admin, portal);
        }
    }

    @Test
    void aForgedLogoutTokenIsRefusedAndEndsNothing() {
        long before = Sql.number(db, "SELECT count(*) FROM ended_sessions");
        // Signed with no key at all ("alg": "none"), claiming a session.
        String forged = "eyJhbGciOiJub25lIn0.eyJzaWQiOiJmb3JnZWQiLCJldmVudHMiOnsiaHR0cDovL3NjaGVtYXMub3BlbmlkLm5ldC9ldmVudC9iYWNrY2hhbm5lbC1sb2dvdXQiOnt9fX0.";
        for (String token : List.of(forged, "", "not-a-jwt", "a.b.c")) {
            given().formParam("logout_token", token).post("/back-channel-logout").then().statusCode(400);
        }
        assertEquals(before, Sql.number(db, "SELECT count(*) FROM ended_sessions"));
    }

    private static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(TestEnvironment.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static Map<String, Object> portalClient(String admin) {
        return given().auth().oauth2(admin).queryParam("clientId", "portal")
                .get(TestEnvironment.KEYCLOAK + "/admin/realms/arbitration/clients").then().statusCode(200)
                .extract().path("[0]");
    }

    private static void updatePortalClient(String admin, Map<String, Object> client) {
        given().auth().oauth2(admin).contentType("application/json").body(client)
                .put(TestEnvironment.KEYCLOAK + "/admin/realms/arbitration/clients/" + client.get("id"))
                .then().statusCode(204);
    }
}
