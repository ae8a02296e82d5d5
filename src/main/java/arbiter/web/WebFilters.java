package arbiter.web;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Request-wide concerns of the pages: request id, chosen language, flash messages, caching (no-store by default).
 * Cookies are read from the Vert.x request, which parses the {@code Cookie} header once per request for every
 * reader (sign-in, CSRF, these filters); JAX-RS's {@code getCookies()} parses the whole header again on each call.
 */
public class WebFilters {

    static final String REQUEST_ID = "X-Request-Id";

    @Inject
    Flash flash;

    @Inject
    WebOrigin origin;

    @ServerRequestFilter(preMatching = true)
    public void beforeRequest(ContainerRequestContext request, HttpServerRequest http) {
        String requestId = UUID.randomUUID().toString();
        request.setProperty(REQUEST_ID, requestId);
        MDC.put("requestId", requestId);

        // The language chosen in the portal wins over the browser's; templates follow Accept-Language.
        Cookie language = http.getCookie(Languages.COOKIE);
        if (language != null && Languages.isSupported(language.getValue())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language.getValue());
        }
    }

    @ServerRequestFilter
    public void readFlash(HttpServerRequest http) {
        Cookie cookie = http.getCookie(Flash.COOKIE);
        if (cookie != null) {
            flash.receive(cookie.getValue());
        }
    }

    @ServerResponseFilter
    public void afterResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle(REQUEST_ID, requestId);
        }
        if (flash.outgoing().isPresent()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, flashCookie(Flash.encode(flash.outgoing().get()), 60));
        } else if (flash.hasIncoming() && isPage(response)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, flashCookie("", 0));
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            // Pages, CSV exports, charts and API answers show case data: no shared or back-button cache may keep
            // them. Only a response that says otherwise (a photo: private, immutable) is kept.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (origin.tls()) {
            response.getHeaders().putSingle("Strict-Transport-Security", WebOrigin.HSTS);
        }
        MDC.remove("requestId");
    }

    private static boolean isPage(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        return type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
    }

    private NewCookie flashCookie(String value, int maxAge) {
        return origin.cookie(Flash.COOKIE).value(value).maxAge(maxAge).build();
    }
}
