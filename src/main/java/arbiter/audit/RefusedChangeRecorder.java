package arbiter.audit;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;

import arbiter.web.RefusedChange;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Records each {@link RefusedChange} on the trail as {@code ACCESS_DENIED}, its target the route (DESIGN "Audit").
 * Refused reads are not announced: they change nothing, and a page of links a role may not open would fill the
 * trail.
 */
@ApplicationScoped
public class RefusedChangeRecorder {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    ManagedExecutor executor;

    /**
     * Takes the actor on the refusing thread and writes the event from a worker in a transaction of its own: the
     * refusal may come on the I/O thread (role checks run before the request is dispatched), which must not block.
     */
    void record(@Observes RefusedChange refused) {
        Actor actor = currentActor.get();
        AuditTrail.Target route = AuditTrail.Target.route(refused.method(), refused.path());
        executor.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> audit.record(actor,
                AuditAction.ACCESS_DENIED, route, null, Map.of("status", Integer.toString(refused.status())))));
    }
}
