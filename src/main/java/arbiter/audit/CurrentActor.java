package arbiter.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import arbiter.identity.Role;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** The actor of the work in progress: the request's signed-in user, or the portal itself outside requests. */
@ApplicationScoped
public class CurrentActor {

    /** A user with several roles acts in the strongest one. */
    private static final List<String> ROLES_BY_WEIGHT = List.of(Role.SUPERVISOR, Role.ARBITRATOR, Role.SELLER,
            Role.INTAKE);

    @Inject
    Provider<SecurityIdentity> identity;

    @Inject
    Provider<RoutingContext> request;

    public Actor get() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        SecurityIdentity who = identity.get();
        if (who.isAnonymous()) {
            return Actor.SYSTEM;
        }
        String name = who.getPrincipal() instanceof JsonWebToken token && token.getClaim("preferred_username") != null
                ? token.getClaim("preferred_username").toString()
                : who.getPrincipal().getName();
        String role = ROLES_BY_WEIGHT.stream().filter(who::hasRole).findFirst().orElse("none");
        Object requestId = MDC.get("requestId");
        return new Actor(name, role, clientAddress(), requestId == null ? null : requestId.toString());
    }

    private String clientAddress() {
        try {
            var address = request.get().request().remoteAddress();
            return address == null ? null : address.hostAddress();
        } catch (RuntimeException noHttpRequest) {
            // Request scope without an HTTP request (a test, a scheduled job with its own context).
            return null;
        }
    }
}
