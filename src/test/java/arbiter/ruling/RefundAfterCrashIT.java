package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import arbiter.Browser;
import arbiter.KeycloakLogin;
import arbiter.PortalProcess;
import arbiter.TestEnvironment;

/**
 * The portal is killed (SIGKILL) while it delivers a refund: the payment system got the request but never
 * answered. Another portal process on the same database delivers it again after the lease, with the same
 * idempotency key, and it ends CONFIRMED; the payment system confirms it once. Runs on the packaged portal.
 */
class RefundAfterCrashIT {

    static final String DATABASE = "arbiter_refund_it";
    static final int RECEIVER = 3098;
    static boolean startedKeycloak;

    @BeforeAll
    static void prepare() {
        TestEnvironment.recreateDatabase(DATABASE);
        startedKeycloak = TestEnvironment.ensureKeycloak();
    }

    @AfterAll
    static void cleanUp() {
        if (startedKeycloak) {
            TestEnvironment.stopKeycloak();
        }
        TestEnvironment.dropDatabase(DATABASE);
    }

    @Test
    void aRefundInFlightWhenThePortalDiesIsDeliveredAfterARestartUnderTheSameKey() throws Exception {
        List<String> keys = new CopyOnWriteArrayList<>();
        CountDownLatch firstArrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpServer payments = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER), 16);
        payments.setExecutor(Executors.newCachedThreadPool());
        payments.createContext("/refunds", exchange -> {
            exchange.getRequestBody().readAllBytes();
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            if (keys.size() == 1) {
                firstArrived.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS); // the first attempt never gets its answer in time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        payments.start();
        Process first = null;
        Process second = null;
        try {
            first = startPortal(8091);
            long id = heldCase();
            rule(8091, id);
            assertTrue(firstArrived.await(30, TimeUnit.SECONDS), "the first portal started the delivery");

            first.destroyForcibly().waitFor();
            release.countDown();
            second = startPortal(8092);

            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!"CONFIRMED".equals(query("SELECT state FROM refund_instructions WHERE dispute_id = " + id))
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            String instruction = query("SELECT id FROM refund_instructions WHERE dispute_id = " + id);
            assertEquals("CONFIRMED", query("SELECT state FROM refund_instructions WHERE id = '" + instruction + "'"));
            assertTrue(keys.stream().allMatch(instruction::equals), "every attempt carries the same key: " + keys);
            assertEquals(2, keys.size(), "once in flight when the portal died, once after the restart");
            assertEquals("1", query("SELECT count(*) FROM rulings WHERE dispute_id = " + id));
        } finally {
            if (first != null) {
                first.destroyForcibly();
            }
            if (second != null) {
                second.destroy();
            }
            payments.stop(0);
        }
    }

    private static long heldCase() throws Exception {
        try (Connection c = connect()) {
            c.createStatement().execute("INSERT INTO shops (id, name, contact_email) VALUES ('shop-crash', 'Crash shop',"
                    + " 'c@shop.example')");
            c.createStatement().execute("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement,
                        escalated_by, escalated_at, sla_due_at, status, assignee, claimed_at, lease_expires_at, version)
                    VALUES (1, 'AR-CRASH-1', 'CRASH-1', 'x', 'shop-crash', '1', 'Item', 5000, 'CNY',
                        now() - interval '10 days', 'b', 'buyer', 'QUALITY', 5000, 'Statement', 'BUYER',
                        now() - interval '1 hour', now() + interval '71 hours', 'IN_REVIEW', 'arbiter1', now(),
                        now() + interval '1 day', 0)""");
        }
        return 1;
    }

    private static void rule(int port, long id) throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage form = KeycloakLogin.submit(
                    browser.client().getPage("http://localhost:" + port + "/disputes/" + id + "/rulings/new"),
                    "arbiter1", "demo");
            String token = form.<HtmlForm> getFirstByXPath("//form[contains(@class, 'ruling-form')]")
                    .getInputByName("csrf-token").getValue();
            WebRequest post = new WebRequest(new URL("http://localhost:" + port + "/disputes/" + id + "/rulings"),
                    HttpMethod.POST);
            post.setEncodingType(FormEncodingType.URL_ENCODED);
            post.setRequestParameters(List.of(new NameValuePair("csrf-token", token),
                    new NameValuePair("outcome", "FULL_REFUND"), new NameValuePair("responsible", "NEITHER"),
                    new NameValuePair("clause", "QUAL-1/1"), new NameValuePair("version", "0"),
                    new NameValuePair("rationale", "The item did not match its listing photos."),
                    new NameValuePair("action", "rule")));
            browser.client().getOptions().setRedirectEnabled(false);
            assertEquals(303, browser.client().loadWebResponse(post).getStatusCode(), "the ruling is made");
        }
    }

    private static Process startPortal(int port) throws Exception {
        return PortalProcess.start(port, DATABASE, "refund-it-portal",
                "arbiter.refunds.webhook-url=http://127.0.0.1:" + RECEIVER + "/refunds",
                "arbiter.refunds.relay-every=1s", "arbiter.refunds.lease=5s", "arbiter.refunds.timeout=60s");
    }

    private static String query(String sql) throws Exception {
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
    }
}
