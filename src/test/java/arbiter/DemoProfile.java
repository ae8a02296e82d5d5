package arbiter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The portal with the demo data, as a first run shows it, on a fresh test database: the demo switched on with
 * {@value #DISPUTES} cases, as many as a real run's, its refunds delivered to the demo payment system and its case
 * events to the demo platform.
 */
public class DemoProfile implements QuarkusTestProfile {

    public static final int DISPUTES = 200;
    private static final URI READY = URI.create("http://127.0.0.1:9001/q/health/ready");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("arbiter.demo.enabled", "true", "arbiter.demo.disputes", Integer.toString(DISPUTES),
                "arbiter.refunds.webhook-url", "http://127.0.0.1:8081/demo/payments/refunds",
                "arbiter.platform.webhook-url", "http://127.0.0.1:8081/demo/platform/events",
                "quarkus.http.auth.permission.demo-payments.paths", "/demo/payments/*,/demo/platform/*",
                "quarkus.http.auth.permission.demo-payments.policy", "permit");
    }

    /**
     * Waits until the demo data is there: the portal says it is ready (the demo may load after start) and the
     * database holds the demo's cases.
     */
    public static void awaitDemo(AgroalDataSource db) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
        while (System.currentTimeMillis() < until) {
            if (ready(client) && Sql.number(db, "SELECT count(*) FROM disputes") > 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo data was not loaded within 5 minutes");
    }

    private static boolean ready(HttpClient client) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(READY).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException notYet) {
            return false;
        }
    }
}
