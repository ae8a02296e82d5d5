package arbiter.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * The case event relay's delivery rate to a local receiver, beside the same receiver fed directly with the same
 * number of requests by as many clients as the relay has senders (the relay's ceiling on this machine). The events
 * are written all at once, {@code perCase} to a case, and the relay must keep each case's order: the receiver counts
 * any event that arrives before its predecessor, and any event acknowledged twice. Run through
 * bench/event-delivery.sh.
 *
 * Arguments: JDBC URL, cases, events per case, receiver port, senders.
 */
public final class EventDeliveryBenchmark {

    private static final Pattern CASE = Pattern.compile("\"disputeId\":(\\d+).*\"sequence\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        int cases = Integer.parseInt(args[1]);
        int perCase = Integer.parseInt(args[2]);
        int receiverPort = Integer.parseInt(args[3]);
        int senders = Integer.parseInt(args[4]);
        int total = cases * perCase;
        // Without it the JDK's server waits for delayed ACKs (Nagle): ~40 ms a request on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");

        Map<String, Long> delivered = new ConcurrentHashMap<>();
        Map<Long, Integer> lastSequence = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger outOfOrder = new AtomicInteger();
        AtomicLong direct = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", receiverPort), 128);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key.startsWith("direct-")) {
                direct.incrementAndGet();
            } else {
                Matcher m = CASE.matcher(body);
                if (m.find()) {
                    long dispute = Long.parseLong(m.group(1));
                    int sequence = Integer.parseInt(m.group(2));
                    Integer before = lastSequence.put(dispute, sequence);
                    int expected = before == null ? 1 : before + 1;
                    // The same event again (at least once: a lost acknowledgement) is a duplicate, not disorder.
                    if (sequence != expected && !(before != null && sequence == before)) {
                        outOfOrder.incrementAndGet();
                    }
                }
                if (delivered.putIfAbsent(key, System.nanoTime()) != null) {
                    duplicates.incrementAndGet();
                }
            }
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        receiver.start();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        direct(http, receiverPort, Math.min(total, 2000), senders); // warm-up of the receiver and the client
        double directRate = direct(http, receiverPort, total, senders);

        long writeStart = System.nanoTime();
        seed(jdbc, cases, perCase);
        long written = System.nanoTime();
        long deadline = written + TimeUnit.MINUTES.toNanos(10);
        while (delivered.size() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long first = delivered.values().stream().mapToLong(Long::longValue).min().orElse(written);
        long last = delivered.values().stream().mapToLong(Long::longValue).max().orElse(written);
        double relayRate = delivered.size() / Math.max(1e-9, (last - first) / 1e9);

        Thread.sleep(1000); // the relay records the last acknowledgements
        System.out.printf("%nwritten: %d events over %d cases in %.1f s%n", total, cases, (written - writeStart) / 1e9);
        System.out.printf("relay: %d of %d delivered at %.0f/s (first after %.1f s; duplicates %d, out of case order %d)%n",
                delivered.size(), total, relayRate, (first - written) / 1e9, duplicates.get(), outOfOrder.get());
        System.out.printf("receiver fed directly by %d clients: %.0f/s%nratio relay/direct: %.2f%n", senders,
                directRate, relayRate / directRate);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT delivery, count(*) FROM case_events GROUP BY delivery ORDER BY delivery")) {
            while (r.next()) {
                System.out.printf("in the database: %s %d%n", r.getString(1), r.getLong(2));
            }
        }
        receiver.stop(0);
        System.exit(0);
    }

    /** The receiver's own pace: {@code clients} clients posting {@code count} event-sized requests between them. */
    static double direct(HttpClient http, int port, int count, int clients) throws Exception {
        String body = "{\"id\":\"00000000-0000-0000-0000-000000000000\",\"type\":\"EVIDENCE_RECEIVED\","
                + "\"disputeId\":1,\"externalId\":\"E-1\",\"sequence\":1,\"occurredAt\":\"2026-11-30T00:00:00Z\","
                + "\"data\":{\"party\":\"SELLER\",\"statement\":true,\"photos\":[]}}";
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/events"))
                            .header("Idempotency-Key", "direct-" + i).header("Content-Type", "application/json")
                            .header("X-Arbiter-Signature", "sha256=0")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code cases} cases, each with {@code perCase} events waiting to be pushed, written in one transaction. */
    static void seed(String jdbc, int cases, int perCase) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            c.createStatement().execute("""
                    INSERT INTO shops (id, name, contact_email) VALUES ('bench-events', 'Bench shop', 'b@bench.example')
                    ON CONFLICT DO NOTHING""");
            c.createStatement().execute("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement,
                        escalated_by, escalated_at, sla_due_at, status, version)
                    SELECT g, 'AR-E-' || g, 'E-' || g, 'x', 'bench-events', '1', 'Item', 1000, 'CNY',
                           now() - interval '10 days', 'b', 'buyer', 'QUALITY', 1000, 'Statement', 'BUYER',
                           now() - interval '1 hour', now() + interval '71 hours', 'ESCALATED', 0
                    FROM generate_series(1, %d) g""".formatted(cases));
            c.createStatement().execute("""
                    INSERT INTO case_events (id, dispute_id, external_id, sequence, type, occurred_at, data, delivery,
                                             next_attempt_at)
                    SELECT gen_random_uuid(), d, 'E-' || d, s, 'EVIDENCE_RECEIVED', now(),
                           '{"party":"SELLER","statement":true,"photos":[]}', 'PENDING', now()
                    FROM generate_series(1, %d) d, generate_series(1, %d) s
                    ORDER BY s, d""".formatted(cases, perCase));
        }
    }
}
