package arbiter.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before the OIDC extension: a request whose session cookies were verified a moment ago, and whose
 * session is known to be still open, gets the identity found then. Anything else (unknown cookies, no
 * cookies, a session not checked recently) goes on to the OIDC extension, which verifies the tokens,
 * refreshes them when due, and challenges when there is no session; {@link SignedOutSessionCheck} then
 * remembers the result.
 */
@ApplicationScoped
public class RememberedSessionMechanism implements HttpAuthenticationMechanism {

    /** Above the OIDC extension's own priority, so the remembered identity is looked up first. */
    private static final int PRIORITY = DEFAULT_PRIORITY + 1000;

    @Inject
    SessionIdentities sessions;

    @Inject
    EndedSessions endedSessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext request, IdentityProviderManager identityProviderManager) {
        SecurityIdentity remembered = sessions.find(request).orElse(null);
        if (remembered == null) {
            return Uni.createFrom().nullItem();
        }
        String sid = SessionIdentities.sidOf(remembered);
        if (sid == null || !endedSessions.knownOpen(sid)) {
            // Not checked against the signed-out sessions recently: the full path checks it.
            return Uni.createFrom().nullItem();
        }
        // The identity refers to the request it was made for; this one must see its own.
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(remembered)
                .addAttribute(RoutingContext.class.getName(), request)
                .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext request) {
        // Never challenges: the OIDC extension sends the browser to Keycloak.
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
