package arbiter.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * When Keycloak does not answer, a browser that must sign in (or refresh its session) cannot: it gets a 503
 * page that says sign-in is unavailable for a moment, in its language, instead of Quarkus' 500. Signed-in
 * pages do not need Keycloak and keep working. Registered before Quarkus' own last-resort error handler.
 */
@ApplicationScoped
public class UnavailableSignIn {

    private static final Logger LOG = Logger.getLogger(UnavailableSignIn.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        // The API answers problem+json of its own (ApiRefusals).
        if (!isIdentityServiceDown(context.failure()) || context.response().headWritten()
                || context.normalizedPath().startsWith("/api/")) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in unavailable for %s: %s", context.normalizedPath(), context.failure().getMessage());
        String language = Bundles.language(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String title = Bundles.in(ErrorMessages.class, language).error_signin_title();
        String body = "<!DOCTYPE html><html lang=\"" + (language.equals("zh") ? "zh-CN" : "en") + "\"><head>"
                + "<meta charset=\"utf-8\"><title>" + title + "</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
                + "</head><body><main class=\"error-page\"><h1>" + title + "</h1><p>"
                + Bundles.in(ErrorMessages.class, language).error_signin_text() + "</p></main></body></html>";
        context.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader("Retry-After", "30").end(body);
    }

    /** Keycloak cannot be reached: the OIDC extension's "not available", or a connection that failed or timed out. */
    static boolean isIdentityServiceDown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            boolean saysNotAvailable = (cause instanceof OIDCException || cause instanceof AuthenticationFailedException)
                    && String.valueOf(cause.getMessage()).contains("not available");
            if (saysNotAvailable || cause instanceof java.net.ConnectException
                    || cause instanceof io.netty.channel.ConnectTimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof io.vertx.core.impl.NoStackTraceTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
