package arbiter.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The API's refusals that happen before any resource runs, as problem+json (RFC 9457) like every other API error
 * (issue 15: "a Problem schema on every error response"): a request without a bearer token, or with one that is
 * invalid or expired, gets 401 with {@code WWW-Authenticate: Bearer} and a body (the sign-in layer alone would send
 * the header with an empty body); a body announced over {@code quarkus.http.limits.max-body-size} (50 MiB) gets 413
 * (the HTTP server alone would send no body). While Keycloak cannot be reached to check a token, 503 with
 * {@code Retry-After}; another refusal of the HTTP server itself gets the generic problem of its status.
 * The {@code instance} is the answer's {@code X-Request-Id}.
 */
@ApplicationScoped
public class ApiRefusals {

    private static final Logger LOG = Logger.getLogger(ApiRefusals.class);
    /** After the host check (400) and CORS (300), before authentication (200). */
    private static final int PRIORITY = 250;
    static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (!isApi(context)) {
                context.next();
                return;
            }
            String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
                unauthorized(context);
            } else if (announcesTooMuch(context.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                // The HTTP server would answer 413 with no body; the client may not have sent the body (Expect:
                // 100-continue), so the connection closes after the answer.
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                answer(context, 413, "Request Entity Too Large");
            } else {
                context.next();
            }
        }, PRIORITY);
    }

    private boolean announcesTooMuch(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void registerFailures(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(this::refused);
    }

    private void refused(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        if (UnavailableSignIn.isIdentityServiceDown(failure)) {
            LOG.warnf("Token check unavailable for %s: %s", context.normalizedPath(), failure.getMessage());
            context.response().putHeader("Retry-After", "30");
            answer(context, 503, "Service Unavailable");
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthorized(context);
        } else if (failure == null && context.statusCode() >= 400) {
            // Refused by the HTTP server itself, such as a body over quarkus.http.limits.max-body-size (413).
            answer(context, context.statusCode(), HttpResponseStatus.valueOf(context.statusCode()).reasonPhrase());
        } else {
            context.next();
        }
    }

    private static void unauthorized(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        answer(context, 401, "Unauthorized");
    }

    private static void answer(RoutingContext context, int status, String title) {
        String requestId = UUID.randomUUID().toString();
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("instance", requestId);
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader(WebFilters.REQUEST_ID, requestId)
                .end(problem.encode());
    }

    private static boolean isApi(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/");
    }
}
