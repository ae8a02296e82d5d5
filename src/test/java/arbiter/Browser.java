package arbiter;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * A browser for tests (HtmlUnit, no JavaScript) that signs in on the real Keycloak login page.
 * Keycloak marks its cookies Secure even on http://localhost; real browsers still send them to localhost,
 * so this one drops the Secure attribute of cookies set by localhost to behave the same.
 */
public final class Browser implements AutoCloseable {

    public static final String PORTAL = "http://localhost:8081";
    private static final Pattern SECURE = Pattern.compile(";\\s*Secure(?=;|$)", Pattern.CASE_INSENSITIVE);

    private final WebClient client = new WebClient(BrowserVersion.CHROME);

    public Browser() {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
        client.setWebConnection(new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                crossOriginRefererAsOrigin(request);
                WebResponse response = super.getResponse(request);
                if (!"localhost".equals(request.getUrl().getHost())) {
                    return response;
                }
                List<NameValuePair> headers = response.getResponseHeaders().stream()
                        .map(h -> "Set-Cookie".equalsIgnoreCase(h.getName())
                                ? new NameValuePair(h.getName(), SECURE.matcher(h.getValue()).replaceAll(""))
                                : h)
                        .toList();
                WebResponseData data = new WebResponseData(response.getContentAsStream().readAllBytes(),
                        response.getStatusCode(), response.getStatusMessage(), headers);
                return new WebResponse(data, request, response.getLoadTime());
            }
        });
    }

    /**
     * Browsers send another site only the origin of the page they come from (the default referrer policy,
     * strict-origin-when-cross-origin); HtmlUnit sends the whole address, which Quarkus' sign-in reads as a
     * return from Keycloak's login page. The test client does what browsers do.
     */
    private static void crossOriginRefererAsOrigin(WebRequest request) {
        String referer = request.getAdditionalHeaders().get("Referer");
        if (referer == null) {
            return;
        }
        try {
            java.net.URL from = new java.net.URL(referer);
            java.net.URL to = request.getUrl();
            boolean sameOrigin = from.getProtocol().equals(to.getProtocol()) && from.getHost().equals(to.getHost())
                    && from.getPort() == to.getPort();
            if (!sameOrigin) {
                request.setAdditionalHeader("Referer", from.getProtocol() + "://" + from.getAuthority() + "/");
            }
        } catch (java.net.MalformedURLException e) {
            request.removeAdditionalHeader("Referer");
        }
    }

    public WebClient client() {
        return client;
    }

    /** Opens a page of the portal (following redirects, also to Keycloak). */
    public Page open(String path) throws IOException {
        return client.getPage(PORTAL + path);
    }

    public HtmlPage openHtml(String path) throws IOException {
        return (HtmlPage) open(path);
    }

    /** Opens the portal, meets Keycloak's login form, and submits it; returns the page that follows. */
    public HtmlPage signIn(String username, String password) throws IOException {
        HtmlPage login = openHtml("/");
        return KeycloakLogin.submit(login, username, password);
    }

    /**
     * Claims a case as the signed-in arbitrator does: its page's "Claim" button; the page that follows (the case, held).
     */
    public HtmlPage claim(long disputeId) throws IOException {
        HtmlPage page = openHtml("/disputes/" + disputeId);
        org.htmlunit.html.HtmlForm claim = page
                .getFirstByXPath("//form[substring(@action, string-length(@action) - 5) = '/claim']");
        return claim.<org.htmlunit.html.HtmlButton> getFirstByXPath(".//button").click();
    }

    /** This session's CSRF token, as every page's sign-out form carries it. */
    public String csrfToken() throws IOException {
        return openHtml("/").<org.htmlunit.html.HtmlForm> getFirstByXPath("//form[@action='/signout']")
                .getInputByName("csrf-token").getValue();
    }

    /**
     * A hand-made POST, as a forged or scripted request would send it: the form's fields (name, value, ...)
     * with this session's CSRF token; redirects are not followed. Its status.
     */
    public int post(String path, String... fields) throws IOException {
        return post(org.htmlunit.FormEncodingType.URL_ENCODED, path, fields);
    }

    /** The same as a multipart form (the upload forms), without files. */
    public int postMultipart(String path, String... fields) throws IOException {
        return post(org.htmlunit.FormEncodingType.MULTIPART, path, fields);
    }

    private int post(org.htmlunit.FormEncodingType encoding, String path, String... fields) throws IOException {
        List<NameValuePair> parameters = new java.util.ArrayList<>(List.of(new NameValuePair("csrf-token", csrfToken())));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parameters.add(new NameValuePair(fields[i], fields[i + 1]));
        }
        WebRequest request = new WebRequest(new java.net.URL(PORTAL + path), org.htmlunit.HttpMethod.POST);
        request.setEncodingType(encoding);
        request.setRequestParameters(parameters);
        return sendWithoutRedirect(request).getStatusCode();
    }

    /** Sends {@code request} exactly as built (its own token, headers, charset), not following a redirect. */
    public WebResponse sendWithoutRedirect(WebRequest request) throws IOException {
        client.getOptions().setRedirectEnabled(false);
        try {
            return client.loadWebResponse(request);
        } finally {
            client.getOptions().setRedirectEnabled(true);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
