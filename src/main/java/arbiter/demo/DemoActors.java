package arbiter.demo;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Runs a piece of the demo's history as one of the demo realm's users, so that the services record it as that
 * user's work (the audit trail's actor is the request's identity): a request context of its own with that
 * identity, as a signed-in request would have.
 */
@ApplicationScoped
class DemoActors {

    @Inject
    CurrentIdentityAssociation identities;

    /** {@code work}'s result, done as {@code user} in {@code role} (one of {@link arbiter.identity.Role}). */
    <T> T as(String user, String role, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            identities.setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user)).addRole(role).build());
            return work.get();
        } finally {
            requests.terminate();
        }
    }

    void as(String user, String role, Runnable work) {
        as(user, role, () -> {
            work.run();
            return null;
        });
    }
}
