package arbiter.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import arbiter.web.TokenClaims;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a session cookie whose Keycloak session was signed out, so that a copy of the cookie taken
 * before sign-out opens nothing afterwards, on any portal instance. An identity that passes is remembered
 * for its cookies ({@link SessionIdentities}); this runs last of the augmentors so that what is remembered
 * is the finished identity.
 */
@ApplicationScoped
public class SignedOutSessionCheck implements SecurityIdentityAugmentor {

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    @Inject
    EndedSessions endedSessions;

    @Inject
    SessionIdentities sessions;

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String sid = TokenClaims.text(token, "sid").orElse(null);
        if (sid == null) {
            // Service-account tokens (the platform API) belong to no browser session.
            return Uni.createFrom().item(identity);
        }
        if (endedSessions.knownOpen(sid)) {
            return Uni.createFrom().item(remembered(identity));
        }
        return context.runBlocking(() -> {
            // Treated as not signed in: the access rules then send the browser to Keycloak's login.
            return endedSessions.isEnded(sid) ? ANONYMOUS : remembered(identity);
        });
    }

    private SecurityIdentity remembered(SecurityIdentity identity) {
        if (identity.getAttribute(RoutingContext.class.getName()) instanceof RoutingContext request) {
            sessions.remember(request, identity);
        }
        return identity;
    }
}
