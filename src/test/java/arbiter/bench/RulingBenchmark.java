package arbiter.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
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

import org.HdrHistogram.Histogram;

import com.sun.net.httpserver.HttpServer;

/**
 * Ruling submissions through the portal's form (the check, the lock, the ruling, the refund outbox row and
 * the audit event in one transaction), beside a baseline in the same run: staff notes posted the same way
 * (one insert and its audit event). Then the relay's delivery rate to a local receiver, beside the same
 * receiver fed directly by one client. Run through bench/rulings.sh.
 *
 * Arguments: portal, cookie header, JDBC URL, cases, connections, receiver port.
 */
public final class RulingBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern DISPUTE = Pattern.compile("\"disputeId\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String portal = args[0];
        String cookie = args[1];
        String jdbc = args[2];
        int cases = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        int receiverPort = Integer.parseInt(args[5]);

        Map<String, Long> delivered = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean accepting = new java.util.concurrent.atomic.AtomicBoolean(false);
        AtomicInteger duplicates = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", receiverPort), 64);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/refunds", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            Matcher dispute = DISPUTE.matcher(body);
            boolean measured = dispute.find() && Long.parseLong(dispute.group(1)) <= cases;
            if (!accepting.get() && measured) {
                exchange.sendResponseHeaders(503, -1); // down while the rulings are made: they pile up
                exchange.close();
                return;
            }
            if (key != null && measured && delivered.putIfAbsent(key, System.nanoTime()) != null) {
                duplicates.incrementAndGet();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();

        seed(jdbc, cases, Math.max(20, cases / 4));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = csrf(http, portal, cookie);

        // Warm-up, not measured: the same two requests on cases of their own.
        int warm = Math.max(20, cases / 4);
        post(http, portal, cookie, connections, warm, id -> "/disputes/" + (2 * cases + id) + "/notes",
                id -> form("csrf-token", token, "body", "Warming up on case " + id + "."));
        post(http, portal, cookie, connections, warm, id -> "/disputes/" + (2 * cases + warm + id) + "/rulings",
                id -> form("csrf-token", token, "outcome", "FULL_REFUND", "responsible", "NEITHER",
                        "clause", "QUAL-1/1", "rationale", "The item did not match its listing photos.",
                        "version", "0", "action", "rule"));

        Result notes = post(http, portal, cookie, connections, cases, id -> "/disputes/" + (cases + id) + "/notes",
                id -> form("csrf-token", token, "body", "Checked the parcel photos for case " + id + "."));
        long relayStart = System.nanoTime();
        // (the warm-up's refunds are delivered by now or soon; only the measured cases' are held back below)
        Result rulings = post(http, portal, cookie, connections, cases, id -> "/disputes/" + id + "/rulings",
                id -> form("csrf-token", token, "outcome", "FULL_REFUND", "responsible", "NEITHER",
                        "clause", "QUAL-1/1", "rationale", "The item did not match its listing photos.",
                        "version", "0", "action", "rule"));
        // The relay's own pace: every instruction due at once, the receiver back up, drained in the next run.
        accepting.set(true);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            c.createStatement().executeUpdate("UPDATE refund_instructions SET next_attempt_at = now()"
                    + " WHERE state IN ('PENDING', 'SENT')");
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (delivered.size() < cases && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long lastDelivery = delivered.values().stream().mapToLong(Long::longValue).max().orElse(relayStart);
        long firstDelivery = delivered.values().stream().mapToLong(Long::longValue).min().orElse(relayStart);
        double relayRate = delivered.size() / Math.max(1e-9, (lastDelivery - firstDelivery) / 1e9);
        double directRate = direct(http, receiverPort, cases);

        System.out.printf("%n%-34s %10s %8s %8s %8s %8s%n", "", "per s", "p50 ms", "p99 ms", "max ms", "errors");
        print("notes (baseline)", notes);
        print("rulings with the refund outbox", rulings);
        System.out.printf("ratio rulings/notes: %.2f%n", rulings.perSecond / notes.perSecond);
        System.out.printf("%nrelay: %d of %d instructions delivered at %.0f/s (duplicates: %d); "
                + "receiver fed directly: %.0f/s; ratio %.2f%n", delivered.size(), cases, relayRate,
                duplicates.get(), directRate, relayRate / directRate);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT (SELECT count(*) FROM rulings), (SELECT count(*) FROM refund_instructions WHERE state = 'CONFIRMED')")) {
            r.next();
            System.out.printf("in the database: %d rulings, %d refunds confirmed%n", r.getLong(1), r.getLong(2));
        }
        receiver.stop(0);
        System.exit(0);
    }

    record Result(Histogram latency, double perSecond, long errors) {
    }

    interface PathOf {
        String of(int id);
    }

    static Result post(HttpClient http, String portal, String cookie, int connections, int count, PathOf path,
            PathOf body) throws Exception {
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicInteger next = new AtomicInteger(1);
        AtomicLong errors = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        List<Future<?>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            runs.add(clients.submit(() -> {
                for (int id = next.getAndIncrement(); id <= count; id = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(portal + path.of(id)))
                            .header("Cookie", cookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.of(id))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    synchronized (latency) {
                        latency.recordValue((System.nanoTime() - sent) / 1000);
                    }
                    if (answer.statusCode() != 303) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        clients.shutdown();
        return new Result(latency, count / ((System.nanoTime() - start) / 1e9), errors.get());
    }

    /** The receiver's own pace: one client posting the same kind of request directly. */
    static double direct(HttpClient http, int port, int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/refunds"))
                    .header("Idempotency-Key", "direct-" + i).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"direct-" + i + "\",\"amount\":1000}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Cases 1..n held by arbiter1 in review (for rulings), n+1..2n (for the notes baseline), then warm-up ones. */
    static void seed(String jdbc, int n, int warm) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            c.createStatement().execute("""
                    INSERT INTO shops (id, name, contact_email) VALUES ('bench-rulings', 'Bench shop', 'b@bench.example')
                    ON CONFLICT DO NOTHING""");
            c.createStatement().execute("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement,
                        escalated_by, escalated_at, sla_due_at, status, assignee, claimed_at, lease_expires_at, version)
                    SELECT g, 'AR-R-' || g, 'R-' || g, 'x', 'bench-rulings', '1', 'Item', 1000, 'CNY',
                           now() - interval '10 days', 'b', 'buyer', 'QUALITY', 1000, 'Statement', 'BUYER',
                           now() - interval '1 hour', now() + interval '71 hours', 'IN_REVIEW', 'arbiter1', now(),
                           now() + interval '1 day', 0
                    FROM generate_series(1, %d) g""".formatted(2 * n + 2 * warm));
        }
    }

    static String csrf(HttpClient http, String portal, String cookie) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(portal + "/disputes/1/rulings/new"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the ruling form (signed in as arbiter1?)");
        }
        return token.group(1);
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static void print(String name, Result r) {
        System.out.printf("%-34s %10.1f %8.1f %8.1f %8.1f %8d%n", name, r.perSecond,
                r.latency.getValueAtPercentile(50) / 1000.0, r.latency.getValueAtPercentile(99) / 1000.0,
                r.latency.getMaxValue() / 1000.0, r.errors);
    }
}
