package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import arbiter.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    @ValueSource(strings = {"arbiter1", "seller1"})
    void arbitratorsAndSellersGetForbiddenOnEverySupervisionRoute(String user) throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(user, "demo");
            for (String page : PAGES) {
                assertEquals(403, browser.open(page).getWebResponse().getStatusCode(), user + " GET " + page);
            }
            String token = browser.openHtml("/").<HtmlForm>getFirstByXPath("//form[@action='/signout']")
                    .getInputByName("csrf-token").getValue();
            for (String action : ACTIONS) {
                WebRequest post = new WebRequest(new URL(Browser.PORTAL + action), HttpMethod.POST);
                post.setRequestParameters(List.of(new NameValuePair("csrf-token", token),
                        new NameValuePair("reason", "An attempt from the wrong role."),
                        new NameValuePair("decision", "overturn"), new NameValuePair("verdict", "AGREE"),
                        new NameValuePair("from", "2026-01-01"), new NameValuePair("to", "2026-12-31"),
                        new NameValuePair("size", "5"), new NameValuePair("sample", "1")));
                assertEquals(403, browser.client().getPage(post).getWebResponse().getStatusCode(),
                        user + " POST " + action);
            }
        }
    }
}
