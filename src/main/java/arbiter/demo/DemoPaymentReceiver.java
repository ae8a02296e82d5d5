package arbiter.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import arbiter.system.WebhookSignature;

/**
 * The demo run's stand-in for the payment system: it checks the signature of each refund instruction the
 * relay delivers and confirms it, so the whole path of a forced refund can be watched. Answers 404 outside
 * the demo and dev profiles.
 */
@Path("/demo/payments/refunds")
@jakarta.inject.Singleton
@PermitAll
public class DemoPaymentReceiver {

    private static final Logger LOG = Logger.getLogger(DemoPaymentReceiver.class);

    @ConfigProperty(name = "arbiter.demo.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "arbiter.refunds.signing-key")
    java.util.Optional<String> signingKey;

    /** Refund instructions this receiver refuses while the demo writes its history (so one ends FAILED). */
    private final java.util.Set<String> declined = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Refuses the instruction {@code id} (422, as a closed account would be) until {@link #declineNone()}. */
    void decline(java.util.UUID id) {
        declined.add(id.toString());
    }

    /** Confirms everything again: a supervisor's retry after the demo's history goes through. */
    void declineNone() {
        declined.clear();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(String body, @HeaderParam("X-Arbiter-Signature") String signature,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (!enabled) {
            throw new NotFoundException();
        }
        if (signingKey.isEmpty() || !WebhookSignature.matches(body, signingKey.get(), signature)) {
            return Response.status(Response.Status.UNAUTHORIZED).entity("{\"error\":\"bad signature\"}").build();
        }
        if (idempotencyKey != null && declined.contains(idempotencyKey)) {
            return Response.status(422).entity("{\"error\":\"the buyer's payment account is closed\"}").build();
        }
        LOG.debugf("Demo payment system: refund %s confirmed", idempotencyKey);
        return Response.ok("{\"status\":\"CONFIRMED\",\"id\":\"" + idempotencyKey + "\"}").build();
    }
}
