package arbiter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token of this browser's session (signed double submit, bound to the session): a random value in an
 * HttpOnly cookie, and in every form the HMAC, under the portal's key, of that value and of the signed-in
 * session (Keycloak's session id, {@code sid}; the subject where a token has none). A forged form from another
 * site can neither read the cookie nor compute the HMAC; a token from before a sign-out, or a cookie and token
 * taken from another user's browser, does not match the session it is sent with. Nothing is kept on the
 * server, so every instance verifies every token. Templates read it as {@code inject:csrf}.
 *
 * <p>
 * Our own rather than {@code quarkus-rest-csrf}: that extension signs the cookie's value only, so its token
 * outlives the session it was issued in, which is what this class exists to prevent.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    static final String COOKIE = "csrf-token";
    static final String FORM_FIELD = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CsrfKey key;

    @Inject
    RoutingContext context;

    @Inject
    SecurityIdentity identity;

    private String cookieValue;
    private String signed;
    private boolean fresh;

    public String getParameterName() {
        return FORM_FIELD;
    }

    /** The value the forms of this page carry. */
    public String getToken() {
        if (cookieValue() == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            cookieValue = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            fresh = true;
        }
        if (signed == null) {
            signed = key.sign(cookieValue + "|" + session());
        }
        return signed;
    }

    /** The browser's cookie value, read on first use; a malformed one counts as none. */
    private String cookieValue() {
        if (cookieValue == null) {
            Cookie cookie = context.request().getCookie(COOKIE);
            if (cookie != null && cookie.getValue().length() == 43) {
                cookieValue = cookie.getValue();
            }
        }
        return cookieValue;
    }

    /** The session the token is bound to: Keycloak's session id, else the subject; "-" when signed out. */
    private String session() {
        if (identity.isAnonymous()) {
            return "-";
        }
        return TokenClaims.text(identity.getPrincipal(), "sid").orElseGet(() -> identity.getPrincipal().getName());
    }

    /** Set when this request made a new cookie value, which the response must then send. */
    String newCookieValue() {
        return fresh ? cookieValue : null;
    }

    boolean matches(String formToken) {
        if (cookieValue() == null || formToken == null) {
            return false;
        }
        return MessageDigest.isEqual(key.sign(cookieValue + "|" + session()).getBytes(StandardCharsets.US_ASCII),
                formToken.getBytes(StandardCharsets.US_ASCII));
    }
}
