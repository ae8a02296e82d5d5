package arbiter.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

/**
 * Where browsers reach the portal: its public origin ({@code arbiter.http.public-origin}, e.g.
 * {@code https://arbiter.example.com}; env {@code ARBITER_PUBLIC_ORIGIN}) and the loopback names, which no
 * other site can make a browser send. A request naming any other host ({@code Host}) or origin
 * ({@code Origin}, {@code Referer}) is refused: redirects are built from the Host header, and a state change
 * from another origin is a forgery.
 */
@ConfigMapping(prefix = "arbiter.http")
public interface WebOrigin {

    /** Host names of this machine; with any port (the tests and benchmarks run several portals side by side). */
    Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** Scheme, host and port as browsers see the portal; absent where it is reached on loopback only. */
    Optional<URI> publicOrigin();

    /**
     * Whether browsers reach the portal over TLS (a proxy in front terminates it): then every cookie the portal
     * sets is {@code Secure} and pages send {@code Strict-Transport-Security}.
     */
    boolean tls();

    /** A cookie of the portal's own (flash, CSRF, language): whole site, HttpOnly, SameSite=Lax, Secure behind TLS. */
    default jakarta.ws.rs.core.NewCookie.Builder cookie(String name) {
        return new jakarta.ws.rs.core.NewCookie.Builder(name).path("/").httpOnly(true)
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).secure(tls());
    }

    /** The HSTS header's value: a year, subdomains included. */
    String HSTS = "max-age=31536000; includeSubDomains";

    /** Whether a {@code Host} header (host and optional port) names this portal. */
    default boolean isOwnHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = hostName(host.strip().toLowerCase(Locale.ROOT));
        if (LOOPBACK.contains(name)) {
            return true;
        }
        return publicOrigin().map(origin -> authority(origin).equals(host.strip().toLowerCase(Locale.ROOT))
                || (origin.getPort() == -1 && origin.getHost().equalsIgnoreCase(name))).orElse(false);
    }

    /**
     * Whether an {@code Origin} (or the origin of a {@code Referer}) is this portal's: the public origin, or
     * the same host as the request's own {@code Host} (already checked by {@link #isOwnHost}).
     */
    default boolean isOwnOrigin(String origin, String requestHost) {
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String authority = authority(uri);
        if (publicOrigin().map(own -> own.getScheme().equalsIgnoreCase(uri.getScheme())
                && authority(own).equals(authority)).orElse(false)) {
            return true;
        }
        return requestHost != null && authority.equals(requestHost.strip().toLowerCase(Locale.ROOT));
    }

    private static String authority(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    }

    private static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
