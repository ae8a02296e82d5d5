package arbiter.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * When Keycloak does not answer, a browser that must sign in (or refresh its session) cannot: it gets a 503
 * page that says sign-in is unavailable for a moment, in its language, instead of Quarkus' 500. Signed-in
 * pages do not need Keycloak and keep working. Registered before Quarkus' own last-resort error handler.
 */
@ApplicationScoped
public class UnavailableSignIn {

    private static final Logger LOG = Logger.getLogger(UnavailableSignIn.class);
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!isIdentityServiceDown(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in unavailable for %s: %s", context.normalizedPath(), context.failure().getMessage());
        String language = Labels.language(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String title = text(language, "error_signin_title");
        String body = "<!DOCTYPE html><html lang=\"" + (language.equals("zh") ? "zh-CN" : "en") + "\"><head>"
                + "<meta charset=\"utf-8\"><title>" + title + "</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
                + "</head><body><main class=\"error-page\"><h1>" + title + "</h1><p>"
                + text(language, "error_signin_text") + "</p></main></body></html>";
        context.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader("Retry-After", "30").end(body);
    }

    /** Keycloak cannot be reached: the OIDC extension's "not available", or a connection that failed or timed out. */
    static boolean isIdentityServiceDown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OIDCException && String.valueOf(cause.getMessage()).contains("not available")
                    || cause instanceof java.net.ConnectException
                    || cause instanceof io.netty.channel.ConnectTimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof io.vertx.core.impl.NoStackTraceTimeoutException) {
                return true;
            }
            if (cause instanceof AuthenticationFailedException && cause.getCause() == null
                    && String.valueOf(cause.getMessage()).contains("not available")) {
                return true;
            }
        }
        return false;
    }

    /** The error bundle's text (our own strings, no user input), read once per language. */
    private static String text(String language, String key) {
        return BUNDLES.computeIfAbsent(language, UnavailableSignIn::load).getProperty(key, key);
    }

    private static Properties load(String language) {
        String resource = "messages/err_" + language + ".properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            Properties bundle = new Properties();
            if (in != null) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
