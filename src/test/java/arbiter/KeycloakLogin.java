package arbiter;

import java.io.IOException;

import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/** Keycloak's own login page, filled in as a person would. */
public final class KeycloakLogin {

    private KeycloakLogin() {
    }

    public static boolean isLoginPage(HtmlPage page) {
        return page.getUrl().toString().startsWith(TestEnvironment.REALM + "/")
                && page.getElementById("kc-form-login") != null;
    }

    public static HtmlPage submit(HtmlPage login, String username, String password) throws IOException {
        Page page = send(login, username, password);
        if (page instanceof HtmlPage html) {
            return html;
        }
        throw new AssertionError("Signing in ended on " + page.getUrl() + ", " + page.getWebResponse().getStatusCode()
                + " " + page.getWebResponse().getContentType() + ": " + page.getWebResponse().getContentAsString());
    }

    /** Fills in and sends the form; whatever page follows, HTML or not. */
    public static Page send(HtmlPage login, String username, String password) throws IOException {
        if (!isLoginPage(login)) {
            throw new AssertionError("Expected Keycloak's login page, got " + login.getUrl());
        }
        HtmlForm form = (HtmlForm) login.getElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        return form.getOneHtmlElementByAttribute("button", "name", "login").click();
    }
}
