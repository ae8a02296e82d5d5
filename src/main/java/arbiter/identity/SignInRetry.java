package arbiter.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import arbiter.web.WebOrigin;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;

/**
 * A sign-in callback that Quarkus refuses (401) because its state is not the browser's latest (two tabs at
 * Keycloak's login form, the earlier one sent last; the portal keeps one sign-in state at a time, so that
 * signed-out requests cannot pile up state cookies) becomes a new sign-in rather than an error: 303 to the
 * start page, which Keycloak, holding the user's session by then, answers at once. A second refusal within
 * two minutes goes to the "sign-in did not finish" page instead, so a browser that keeps no cookies is never
 * sent round in a loop (issue 13, fault 4).
 */
@ApplicationScoped
public class SignInRetry {

    private static final Logger LOG = Logger.getLogger(SignInRetry.class);
    static final String CALLBACK = "/signed-in";
    static final String RETRIED_COOKIE = "arbiter_signin_retried";
    /** Before authentication (200), so that the answer to the callback can still be changed. */
    private static final int PRIORITY = 250;

    @Inject
    WebOrigin origin;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (CALLBACK.equals(context.normalizedPath())) {
                boolean retried = context.request().getCookie(RETRIED_COOKIE) != null;
                context.addHeadersEndHandler(ignored -> {
                    if (context.response().getStatusCode() != 401) {
                        return;
                    }
                    LOG.infof("Sign-in callback refused (state not the browser's latest); %s",
                            retried ? "sent to the sign-in-did-not-finish page" : "signing in again");
                    context.response().setStatusCode(303).headers().remove("WWW-Authenticate");
                    context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    // The browser follows this redirect without Keycloak's page as its referrer (Fetch, "HTTP-redirect
                    // fetch"): Quarkus takes a signed-out request referred by Keycloak for a lost state cookie and
                    // answers it 401 rather than start a sign-in.
                    context.response().putHeader("Referrer-Policy", "no-referrer");
                    if (retried) {
                        context.response().putHeader(HttpHeaders.LOCATION, "/signed-in/unfinished");
                    } else {
                        context.response().addCookie(Cookie.cookie(RETRIED_COOKIE, "1").setPath(CALLBACK)
                                .setMaxAge(120).setHttpOnly(true).setSecure(origin.tls())
                                .setSameSite(CookieSameSite.LAX));
                        context.response().putHeader(HttpHeaders.LOCATION, "/");
                    }
                });
            }
            context.next();
        }, PRIORITY);
    }
}
