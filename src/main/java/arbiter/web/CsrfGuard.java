package arbiter.web;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Checks every state-changing request of the portal's pages, and refuses it (400, nothing done) when its
 * {@code Origin} (or, without one, its {@code Referer}) names another site, or its CSRF token is missing, wrong,
 * or from another session ({@link CsrfToken}). The platform API ({@code /api/}) is exempt: it takes
 * bearer tokens only, never cookies, so a forged cross-site form cannot act on it.
 */
public class CsrfGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /**
     * The demo run's stand-ins for the payment system and the order platform: the relays post signed JSON to them
     * (HMAC, checked by each), never a browser's form.
     */
    private static final String DEMO_RECEIVERS = "/demo/";
    /** Keycloak's report of an ended session, proven by its signed logout token. */
    private static final String BACK_CHANNEL_LOGOUT = "/back-channel-logout";

    @Inject
    CsrfToken token;

    @Inject
    WebOrigin origin;

    @ServerRequestFilter(readBody = true)
    public Optional<Response> verify(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // Machine endpoints carry their own proof (a bearer token; a payment signature), never a browser's cookie.
        if (SAFE_METHODS.contains(request.getMethod()) || path.startsWith("/api/") || path.startsWith(DEMO_RECEIVERS)
                || path.equals(BACK_CHANNEL_LOGOUT)) {
            return Optional.empty();
        }
        if (!fromThisPortal(request)) {
            return Optional.of(Response.status(Response.Status.BAD_REQUEST).build());
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        Object formToken = form
                ? ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                        .getFormParameter(CsrfToken.FORM_FIELD, true, false)
                : null;
        if (formToken instanceof String value && token.matches(value)) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).build());
    }

    /** The request's Origin, else its Referer, names this portal; a request with neither is judged by its token. */
    private boolean fromThisPortal(ResteasyReactiveContainerRequestContext request) {
        String host = request.getHeaderString(HttpHeaders.HOST);
        String from = request.getHeaderString("Origin");
        if (from == null) {
            from = request.getHeaderString("Referer");
        }
        return from == null || origin.isOwnOrigin(from, host);
    }

    @ServerResponseFilter
    public void sendCookie(ContainerResponseContext response) {
        String value = token.newCookieValue();
        if (value != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, origin.cookie(CsrfToken.COOKIE).value(value).build());
        }
    }
}
