package arbiter.ruling;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the payment system's refund webhook on 127.0.0.1:3099 (the test
 * profile's webhook), which records what it receives and can be told to fail.
 */
public final class PaymentSystem implements AutoCloseable {

    public record Received(String idempotencyKey, String signature, String body, int answered) {
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    /** The status it answers with; 200 confirms. */
    public final AtomicInteger answer = new AtomicInteger(200);
    private final HttpServer server;

    public PaymentSystem() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 3099), 16);
        server.createContext("/refunds", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = answer.get();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Arbiter-Signature"), body, status));
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    public long confirmedFor(String instructionId) {
        return received.stream().filter(r -> r.idempotencyKey().equals(instructionId) && r.answered() == 200).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
