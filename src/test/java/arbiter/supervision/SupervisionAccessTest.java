package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import arbiter.Browser;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every supervision route, read or write, refuses arbitrators and sellers (403), signed in on the real
 * Keycloak; the writes carry the user's own valid CSRF token, so it is the role that refuses them.
 */
@QuarkusTest
class SupervisionAccessTest {

    static final List<String> PAGES = List.of("/supervision", "/supervision/approvals", "/supervision/refunds",
            "/supervision/appeals", "/supervision/appeals/1", "/supervision/overdue", "/supervision/audit",
            "/supervision/audit?action=CLAIMED", "/supervision/audit/verify", "/supervision/audit/export",
            "/supervision/qa", "/supervision/qa/1", "/supervision/statistics", "/supervision/statistics/trend.svg",
            "/supervision/statistics/outcomes.svg", "/supervision/statistics/export");

    static final List<String> ACTIONS = List.of("/supervision/approvals/1/approve", "/supervision/approvals/1/reject",
            "/supervision/refunds/00000000-0000-0000-0000-000000000001/retry", "/supervision/appeals/1/decision",
            "/supervision/qa", "/supervision/qa/reviews/1");

    @ParameterizedTest
    @ValueSource(strings = { "arbiter1", "seller1" })
    void arbitratorsAndSellersGetForbiddenOnEverySupervisionRoute(String user) throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(user, "demo");
            for (String page : PAGES) {
                assertEquals(403, browser.open(page).getWebResponse().getStatusCode(), user + " GET " + page);
            }
            for (String action : ACTIONS) {
                assertEquals(403, browser.post(action, "reason", "An attempt from the wrong role.",
                        "decision", "overturn", "verdict", "AGREE", "from", "2026-01-01", "to", "2026-12-31",
                        "size", "5", "sample", "1"), user + " POST " + action);
            }
        }
    }

    /** A ruling, appeal or QA review that does not exist answers 404 from the service, and nothing is written. */
    @org.junit.jupiter.api.Test
    void aSupervisorActingOnWhatDoesNotExistGetsNotFound() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            for (String action : List.of("/supervision/approvals/999999999/approve",
                    "/supervision/approvals/999999999/reject", "/supervision/appeals/999999999/decision",
                    "/supervision/qa/reviews/999999999")) {
                assertEquals(404, browser.post(action, "reason", "A reason long enough for any of these forms.",
                        "decision", "overturn", "verdict", "AGREE", "sample", "1"), "POST " + action);
            }
        }
    }
}
