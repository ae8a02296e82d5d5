package arbiter.event;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the order platform's webhook for case events, on 127.0.0.1 (the test
 * profile's 3098 unless told another port): it records every request in arrival order and answers with the status
 * it is told, or one chosen per request.
 */
public final class PlatformWebhook implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request as it arrived: its headers, its body, its event's case and sequence (read from the body) and
     * the status answered.
     */
    public record Received(String idempotencyKey, String signature, String body, long disputeId, int sequence,
            int answered) {
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    /** The status it answers with while {@link #chooser} is null; 200 acknowledges. */
    public final AtomicInteger answer = new AtomicInteger(200);
    /** When set, chooses each request's status. */
    public volatile IntSupplier chooser;
    private final HttpServer server;

    public PlatformWebhook() throws IOException {
        this(3098);
    }

    public PlatformWebhook(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            IntSupplier choose = chooser;
            int status = choose == null ? answer.get() : choose.getAsInt();
            JsonNode event = JSON.readTree(body);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Arbiter-Signature"), body,
                    event.path("disputeId").asLong(), event.path("sequence").asInt(), status));
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    /** The requests about one case, in arrival order. */
    public List<Received> of(long disputeId) {
        return received.stream().filter(r -> r.disputeId() == disputeId).toList();
    }

    /** How many times the event {@code id} was acknowledged (answered 2xx). */
    public long acknowledged(String id) {
        return received.stream().filter(r -> r.idempotencyKey().equals(id) && r.answered() / 100 == 2).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
