package arbiter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Page latency at a fixed request rate, and page throughput, against a running portal with a signed-in
 * session. Latency is measured wrk2-style: each request has an intended start on a fixed schedule, and its
 * latency runs from that moment, so a slow answer cannot hide the requests queued behind it.
 * Run through bench/queue.sh.
 *
 * Arguments: portal, cookie header (or {@code Bearer <token>} for the API), rate per second, seconds per page, throughput
 * connections, then pairs
 * of name and path; the first pair is the baseline. A page answers 200, unless its name ends in {@code @303} (or another
 * status): a search that opens the case it names answers 303, and that answer is what is measured.
 */
public final class PageBenchmark {

    public static void main(String[] args) throws Exception {
        try {
            measure(args);
        } catch (Exception | Error e) {
            // The measuring threads are not daemons: without an exit a failed run would hang its script.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        String portal = args[0];
        String cookie = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 5; i + 1 < args.length; i += 2) {
            pages.put(args[i], args[i + 1]);
            int at = args[i].lastIndexOf('@');
            EXPECTED.put(args[i + 1], at < 0 ? 200 : Integer.parseInt(args[i].substring(at + 1)));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();

        for (var page : pages.entrySet()) {
            check(http, portal, cookie, page.getValue());
            warmUp(http, portal, cookie, page.getKey(), page.getValue(), connections);
        }
        System.out.printf("%nFixed rate %d req/s for %d s each (latency from the intended start, ms)%n", rate, seconds);
        System.out.printf("%-22s %8s %8s %8s %8s %8s%n", "page", "p50", "p90", "p99", "max", "errors");
        for (var page : pages.entrySet()) {
            Result r = fixedRate(http, portal, cookie, page.getValue(), rate, Duration.ofSeconds(seconds));
            System.out.printf("%-22s %8.1f %8.1f %8.1f %8.1f %8d%n", page.getKey(), ms(r.histogram, 50),
                    ms(r.histogram, 90), ms(r.histogram, 99), r.histogram.getMaxValue() / 1000.0, r.errors);
        }
        // This machine's speed drifts from minute to minute, so throughput is measured in short rounds that
        // alternate the baseline with each page, and each page's ratio is the median of its rounds' ratios.
        int rounds = Math.max(3, seconds / 3);
        System.out.printf("%nThroughput with %d connections: %d rounds of 3 s, baseline and page alternating%n",
                connections, rounds);
        System.out.printf("%-24s %10s %10s %12s%n", "page", "req/s", "baseline", "ratio (median)");
        String baselinePath = pages.values().iterator().next();
        for (var page : pages.entrySet()) {
            if (page.getValue().equals(baselinePath)) {
                continue;
            }
            List<Double> ratios = new ArrayList<>();
            double pageSum = 0;
            double baselineSum = 0;
            for (int round = 0; round < rounds; round++) {
                double base = closedLoop(http, portal, cookie, baselinePath, connections, Duration.ofSeconds(3));
                double perSecond = closedLoop(http, portal, cookie, page.getValue(), connections, Duration.ofSeconds(3));
                ratios.add(perSecond / base);
                pageSum += perSecond;
                baselineSum += base;
            }
            ratios.sort(null);
            System.out.printf("%-24s %10.0f %10.0f %12.2f%n", page.getKey(), pageSum / rounds, baselineSum / rounds,
                    ratios.get(rounds / 2));
        }
    }

    /**
     * Warms a page up until its throughput settles: rounds of 5 s in a closed loop until one is within 5 % of the round
     * before (at least 2 rounds, at most 6). The portal runs C2 alone ({@code -XX:-TieredCompilation} in
     * bin/jvm-options), which compiles a page's hot paths later than tiered compilation would: after a fixed 5 s a heavy
     * page (the case with 300 messages) was still being compiled while its latency was measured, and its first
     * measurement after a start was half again slower than the next. What is measured is the steady state; the
     * rates of the rounds are printed, so the warm-up is visible.
     */
    static void warmUp(HttpClient http, String portal, String cookie, String name, String path, int connections)
            throws Exception {
        List<String> rates = new ArrayList<>();
        double before = 0;
        for (int round = 1; round <= 6; round++) {
            double rate = closedLoop(http, portal, cookie, path, connections, Duration.ofSeconds(5));
            rates.add(String.format("%.0f", rate));
            if (round >= 2 && Math.abs(rate - before) <= 0.05 * before) {
                break;
            }
            before = rate;
        }
        System.out.printf("warm-up %s: %s req/s%n", name, String.join(", ", rates));
    }

    /** The status each path must answer with. */
    static final Map<String, Integer> EXPECTED = new java.util.concurrent.ConcurrentHashMap<>();

    static int expected(String path) {
        return EXPECTED.getOrDefault(path, 200);
    }

    record Result(Histogram histogram, long errors) {
    }

    /** Requests on a fixed schedule, whatever the answers do; latency counted from each intended start. */
    static Result fixedRate(HttpClient http, String portal, String cookie, String path, int rate, Duration length)
            throws Exception {
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong errors = new AtomicLong();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = length.toSeconds() * rate;
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(http.sendAsync(request(portal, cookie, path), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> {
                        long micros = (System.nanoTime() - intended) / 1000;
                        synchronized (histogram) {
                            histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
                        }
                        if (failure != null || response.statusCode() != expected(path)) {
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new Result(histogram, errors.get());
    }

    /** As many requests as the connections can carry; answers per second. */
    static double closedLoop(HttpClient http, String portal, String cookie, String path, int connections,
            Duration length) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + length.toNanos();
        AtomicLong done = new AtomicLong();
        List<Future<?>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            runs.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<byte[]> response = http.send(request(portal, cookie, path),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != expected(path)) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        clients.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    static void check(HttpClient http, String portal, String cookie, String path) throws Exception {
        HttpResponse<String> response = http.send(request(portal, cookie, path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected(path)) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " (signed in?)");
        }
        System.out.printf("%s: %d bytes%n", path, response.body().length());
    }

    static HttpRequest request(String portal, String cookie, String path) {
        // A signed-in browser's cookies, or the platform's bearer token for the API ("Bearer …").
        return HttpRequest.newBuilder(URI.create(portal + path))
                .header(cookie.startsWith("Bearer ") ? "Authorization" : "Cookie", cookie)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
