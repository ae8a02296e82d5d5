package arbiter.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import arbiter.web.TokenClaims;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The identities that session cookies were found to carry, kept for a short while so that a page with
 * twenty thumbnails does not decrypt and verify the same tokens twenty times.
 *
 * <p>
 * The key is the SHA-256 of every session cookie exactly as the browser sent it: the cookies are
 * encrypted and authenticated by the OIDC extension, so equal bytes mean the identity it already
 * verified. An entry lives at most {@code arbiter.sessions.identity-ttl} and never past the ID token's
 * expiry, after which the full check (and the token refresh) runs again. Requests that change the
 * session itself (sign-in callback, sign-out) and the API never use it.
 */
@ApplicationScoped
public class SessionIdentities {

    private static final String SESSION_COOKIE_PREFIX = "q_session";
    /** The full check runs again this long before the ID token expires, so the refresh is never skipped. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, SecurityIdentity> identities;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    @Inject
    SessionIdentities(Clock clock,
            @ConfigProperty(name = "arbiter.sessions.identity-ttl", defaultValue = "60s") Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.identities = Caffeine.newBuilder()
                .maximumSize(20_000)
                .expireAfter(Expiry.creating((String key, SecurityIdentity identity) -> lifetime(identity)))
                .build();
    }

    /** The identity last verified for exactly these session cookies, if it is still fresh. */
    Optional<SecurityIdentity> find(RoutingContext request) {
        Optional<SecurityIdentity> found = key(request).map(identities::getIfPresent);
        (found.isPresent() ? hits : misses).incrementAndGet();
        return found;
    }

    /** Keeps an identity the OIDC extension has just verified from this request's session cookies. */
    void remember(RoutingContext request, SecurityIdentity identity) {
        if (lifetime(identity).isZero()) {
            return;
        }
        key(request).ifPresent(key -> identities.put(key, identity));
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    static String sidOf(SecurityIdentity identity) {
        return TokenClaims.text(identity.getPrincipal(), "sid").orElse(null);
    }

    /** Only page requests carrying a session; the sign-in callback and sign-out must see the real session. */
    static boolean applies(RoutingContext request) {
        String path = request.normalizedPath();
        return !path.startsWith("/api/") && !path.equals("/signed-in") && !path.equals("/signout");
    }

    private Optional<String> key(RoutingContext request) {
        if (!applies(request)) {
            return Optional.empty();
        }
        TreeMap<String, String> sessionCookies = new TreeMap<>();
        for (Cookie cookie : request.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE_PREFIX)) {
                sessionCookies.put(cookie.getName(), cookie.getValue());
            }
        }
        if (sessionCookies.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        sessionCookies.forEach((name, value) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '=');
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ';');
        });
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private Duration lifetime(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getExpirationTime() <= 0) {
            return Duration.ZERO;
        }
        Duration untilExpiry = Duration.between(clock.instant(),
                Instant.ofEpochSecond(token.getExpirationTime())).minus(EXPIRY_MARGIN);
        Duration lifetime = untilExpiry.compareTo(ttl) < 0 ? untilExpiry : ttl;
        return lifetime.isNegative() ? Duration.ZERO : lifetime;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
