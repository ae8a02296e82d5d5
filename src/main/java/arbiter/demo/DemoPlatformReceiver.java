package arbiter.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import arbiter.system.WebhookSignature;

/**
 * The demo run's stand-in for the order platform's webhook (issue 15): it checks the signature of each case event
 * the relay pushes, acknowledges it, and keeps the latest {@value #KEPT} so they can be watched at
 * {@code GET /demo/platform/events} (newest first). Answers 404 outside the demo and dev profiles.
 */
@Path("/demo/platform/events")
@Singleton
@PermitAll
public class DemoPlatformReceiver {

    private static final Logger LOG = Logger.getLogger(DemoPlatformReceiver.class);
    static final int KEPT = 200;

    @ConfigProperty(name = "arbiter.demo.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "arbiter.platform.signing-key")
    Optional<String> signingKey;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * An event as the demo platform received it.
     *
     * @param receivedAt when it arrived (UTC)
     * @param idempotencyKey the {@code Idempotency-Key} header (the event's id)
     * @param event the body as sent
     */
    public record Received(Instant receivedAt, String idempotencyKey, JsonNode event) {
    }

    private final Deque<Received> received = new ArrayDeque<>();
    private long count;

    /** Acknowledges a signed event (200); refuses a body whose signature does not match (401) or that is not JSON (400). */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(String body, @HeaderParam(WebhookSignature.HEADER) String signature,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (!enabled) {
            throw new NotFoundException();
        }
        if (signingKey.isEmpty() || !WebhookSignature.matches(body, signingKey.get(), signature)) {
            return Response.status(Response.Status.UNAUTHORIZED).entity("{\"error\":\"bad signature\"}").build();
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity("{\"error\":\"not JSON\"}").build();
        }
        synchronized (received) {
            received.addFirst(new Received(clock.instant(), idempotencyKey, event));
            while (received.size() > KEPT) {
                received.removeLast();
            }
            count++;
        }
        LOG.debugf("Demo platform: case event %s received", idempotencyKey);
        return Response.ok("{\"status\":\"RECEIVED\"}").build();
    }

    /** What the demo platform received, newest first, and how many in all since the start. */
    public record Watched(long receivedInAll, List<Received> latest) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Watched watch() {
        if (!enabled) {
            throw new NotFoundException();
        }
        synchronized (received) {
            return new Watched(count, List.copyOf(received));
        }
    }
}
