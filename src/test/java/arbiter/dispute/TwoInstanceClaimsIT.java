package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.KeycloakLogin;
import arbiter.PortalProcess;
import arbiter.TestEnvironment;

/**
 * Two portal processes on two ports share one database; twenty arbitrators on each press "take next" until
 * 2,000 waiting cases are gone. Every case must be claimed exactly once: none twice, none lost. Both portals also
 * push the case events to one platform webhook at once (issue 15): each event is acknowledged once and each case's
 * events arrive in order. Runs on the packaged portal after {@code package} (failsafe), signed in on the real
 * Keycloak.
 */
class TwoInstanceClaimsIT {

    static final String DATABASE = "arbiter_claims_it";
    static final int CASES = 2_000;
    static final int CLAIMERS_PER_INSTANCE = 20;
    static final int[] PORTS = { 8091, 8092 };
    static final int WEBHOOK_PORT = 3097;
    /** Cases whose events are written at once for both portals' relays, five each, above the claims' ids. */
    static final int EVENT_CASES = 300;
    static final int EVENTS_PER_CASE = 5;

    static arbiter.event.PlatformWebhook platform;

    static final List<Process> portals = new ArrayList<>();
    static boolean startedKeycloak;

    @BeforeAll
    static void startTwoPortals() throws Exception {
        TestEnvironment.recreateDatabase(DATABASE);
        startedKeycloak = TestEnvironment.ensureKeycloak();
        // The first runs the migrations; the second starts on the migrated schema.
        platform = new arbiter.event.PlatformWebhook(WEBHOOK_PORT);
        // The first attempt of about one event in four fails, so both relays retry while the other runs.
        java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        platform.chooser = key -> java.util.concurrent.ThreadLocalRandom.current().nextInt(4) == 0
                && failedOnce.add(key) ? 503 : 200;
        for (int port : PORTS) {
            portals.add(PortalProcess.start(port, DATABASE, "claims-it-portal",
                    "arbiter.platform.webhook-url=http://127.0.0.1:" + WEBHOOK_PORT + "/events",
                    "arbiter.secrets.platform-signing=it-platform-signing-key-0123456789abcdef",
                    "arbiter.platform.relay-every=200ms", "arbiter.platform.initial-backoff=200ms",
                    "arbiter.platform.batch=10"));
        }
        insertWaitingCases();
    }

    @AfterAll
    static void stopPortals() {
        portals.forEach(Process::destroy);
        platform.close();
        if (startedKeycloak) {
            TestEnvironment.stopKeycloak();
        }
        TestEnvironment.dropDatabase(DATABASE);
    }

    @Test
    void fortyClaimersOnTwoInstancesClaimEveryCaseExactlyOnce() throws Exception {
        List<Claimer> claimers = new ArrayList<>();
        for (int port : PORTS) {
            for (int i = 0; i < CLAIMERS_PER_INSTANCE; i++) {
                claimers.add(new Claimer(port, i % 2 == 0 ? "arbiter1" : "arbiter2"));
            }
        }
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(claimers.size());
        try {
            for (Claimer claimer : claimers) {
                claimer.signIn();
            }
            Instant start = Instant.now();
            List<Future<Integer>> runs = new ArrayList<>();
            for (Claimer claimer : claimers) {
                runs.add(pool.submit(() -> claimer.takeUntilEmpty(claimed)));
            }
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            System.out.printf("%d claims by %d claimers on %d instances in %d ms%n", total, claimers.size(),
                    PORTS.length, Duration.between(start, Instant.now()).toMillis());
        } finally {
            pool.shutdownNow();
            claimers.forEach(Claimer::close);
        }

        Set<Long> distinct = new HashSet<>(claimed);
        assertEquals(claimed.size(), distinct.size(), "no case was handed out twice");
        assertEquals(CASES, distinct.size(), "every case was handed out");
        assertEquals(Set.copyOf(fixtureIds()), distinct, "exactly the waiting cases");
        assertEquals(0, count("SELECT count(*) FROM disputes WHERE status = 'ESCALATED'"), "none left waiting");
        assertEquals(CASES, count("SELECT count(*) FROM audit_events WHERE action = 'CLAIMED'"),
                "one claim event per case");
        assertEquals(0, count("SELECT count(*) FROM (SELECT target_id FROM audit_events WHERE action = 'CLAIMED'"
                + " GROUP BY target_id HAVING count(*) > 1) twice"));
    }

    @Test
    void theHolderRulingOnBothInstancesAtOnceLeavesOneRulingAndOneRefund() throws Exception {
        long id = CASES + 1;
        try (Connection c = connect()) {
            c.createStatement().execute("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement,
                        escalated_by, escalated_at, sla_due_at, status, assignee, claimed_at, lease_expires_at, version)
                    VALUES (%d, 'AR-IT-RULE', 'IT-RULE', 'x', 'shop-claims', '1', 'item', 1000, 'CNY',
                        now() - interval '10 days', 'b', 'n', 'QUALITY', 1000, 's', 'BUYER', now() - interval '1 hour',
                        now() + interval '71 hours', 'IN_REVIEW', 'arbiter1', now(), now() + interval '1 day', 0)"""
                    .formatted(id));
        }
        List<Claimer> sessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int port : PORTS) {
            Claimer session = new Claimer(port, "arbiter1");
            HtmlPage form = KeycloakLogin.submit(session.browser.client().getPage(
                    session.base() + "/disputes/" + id + "/rulings/new"), "arbiter1", "demo");
            HtmlInput token = form.getFirstByXPath("//form[contains(@class, 'ruling-form')]//input[@name='csrf-token']");
            assertTrue(token != null, "the ruling form on " + port);
            tokens.add(token.getValue());
            session.browser.client().getOptions().setRedirectEnabled(false);
            sessions.add(session);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < sessions.size(); i++) {
                    Claimer session = sessions.get(i);
                    String token = tokens.get(i);
                    answers.add(pool.submit(() -> {
                        WebRequest rule = new WebRequest(new URL(session.base() + "/disputes/" + id + "/rulings"),
                                HttpMethod.POST);
                        rule.setEncodingType(FormEncodingType.URL_ENCODED);
                        rule.setRequestParameters(List.of(new NameValuePair("csrf-token", token),
                                new NameValuePair("outcome", "FULL_REFUND"), new NameValuePair("responsible", "NEITHER"),
                                new NameValuePair("clause", "QUAL-1/1"), new NameValuePair("version", "0"),
                                new NameValuePair("rationale", "The item did not match its listing photos."),
                                new NameValuePair("action", "rule")));
                        synchronized (session) {
                            return session.browser.client().loadWebResponse(rule).getStatusCode();
                        }
                    }));
                }
            }
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status == 303 || status == 403, "made, or refused as no longer held: " + status);
            }
        } finally {
            pool.shutdownNow();
            sessions.forEach(Claimer::close);
        }
        assertEquals(1, count("SELECT count(*) FROM rulings WHERE dispute_id = " + id), "one ruling");
        assertEquals(1, count("SELECT count(*) FROM refund_instructions WHERE dispute_id = " + id), "one refund");
        assertEquals(1, count("SELECT count(*) FROM audit_events WHERE action = 'RULED' AND target_id = '" + id + "'"));
    }

    /** One arbitrator's browser session on one instance. */
    static final class Claimer implements AutoCloseable {
        final int port;
        final String user;
        final Browser browser = new Browser();
        String csrf;

        Claimer(int port, String user) {
            this.port = port;
            this.user = user;
        }

        void signIn() throws IOException {
            HtmlPage queue = KeycloakLogin.submit(browser.client().getPage(base() + "/disputes"), user, "demo");
            HtmlInput token = queue.getFirstByXPath("//form[@action='/disputes/next']//input[@name='csrf-token']");
            assertTrue(token != null, "signed in on " + port + ": " + queue.getUrl() + "\n" + queue.asNormalizedText());
            csrf = token.getValue();
            browser.client().getOptions().setRedirectEnabled(false);
        }

        /** Presses "take next" until the queue is clear; the number of cases it got. */
        int takeUntilEmpty(Collection<Long> claimed) throws IOException {
            int taken = 0;
            while (true) {
                WebRequest next = new WebRequest(new URL(base() + "/disputes/next"), HttpMethod.POST);
                next.setEncodingType(FormEncodingType.URL_ENCODED);
                next.setRequestParameters(List.of(new NameValuePair("csrf-token", csrf)));
                WebResponse answer = browser.client().loadWebResponse(next);
                assertEquals(303, answer.getStatusCode(), "take next on " + port);
                String location = answer.getResponseHeaderValue("Location");
                if (!location.matches(".*/disputes/\\d+$")) {
                    return taken; // back to the queue: nothing left to take
                }
                claimed.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
                taken++;
            }
        }

        String base() {
            return "http://localhost:" + port;
        }

        @Override
        public void close() {
            browser.close();
        }
    }

    @Test
    void twoPortalsPushingAtOnceDeliverEachEventOnceAndEachCaseInOrder() throws Exception {
        long first = 1_000_000;
        try (Connection c = connect()) {
            c.createStatement().execute("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund,
                        buyer_statement, escalated_by, escalated_at, sla_due_at, status, created_at)
                    SELECT g, 'AR-EV-' || g, 'EV-' || g, 'x', 'shop-claims', '1', 'item', 1000, 'CNY',
                           now() - interval '10 days', 'b', 'n', 'QUALITY', 1000, 's', 'BUYER',
                           now() - interval '1 day', now() + interval '3 days', 'RULED', now()
                    FROM generate_series(%d, %d) g""".formatted(first, first + EVENT_CASES - 1));
            c.createStatement().execute("""
                    INSERT INTO case_events (id, dispute_id, external_id, sequence, type, occurred_at, data,
                                             delivery, next_attempt_at)
                    SELECT gen_random_uuid(), d, 'EV-' || d, s, 'EVIDENCE_RECEIVED', now(), '{}', 'PENDING', now()
                    FROM generate_series(%d, %d) d, generate_series(1, %d) s""".formatted(first,
                    first + EVENT_CASES - 1, EVENTS_PER_CASE));
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (count("SELECT count(*) FROM case_events WHERE delivery <> 'DELIVERED'") > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(0, count("SELECT count(*) FROM case_events WHERE delivery <> 'DELIVERED'"), "all delivered");
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery("SELECT id FROM case_events")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        for (String id : ids) {
            assertEquals(1, platform.acknowledged(id), "acknowledged once: " + id);
        }
        for (long d = first; d < first + EVENT_CASES; d++) {
            // Each request of a case comes after its predecessor was acknowledged: 1, 2, 3 … with only failed
            // attempts repeated.
            int expected = 1;
            for (arbiter.event.PlatformWebhook.Received r : platform.of(d)) {
                assertEquals(expected, r.sequence(), "case " + d + " out of order");
                if (r.answered() == 200) {
                    expected++;
                }
            }
            assertEquals(EVENTS_PER_CASE + 1, expected, "case " + d);
        }
        // Both portals delivered: each logged some of the refused first attempts it made.
        for (int port : PORTS) {
            String log = java.nio.file.Files.readString(java.nio.file.Path.of("target", "claims-it-portal-" + port + ".log"));
            assertTrue(log.contains("not delivered: HTTP 503"), "the portal on " + port + " pushed events too");
        }
    }

    private static void insertWaitingCases() throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute("""
                    INSERT INTO shops (id, name, contact_email, created_at)
                    VALUES ('shop-claims', 'Claims shop', 'claims@shop.example', now())""");
            c.createStatement().execute("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund,
                        buyer_statement, escalated_by, escalated_at, sla_due_at, status, created_at)
                    SELECT g, 'AR-IT-' || g, 'IT-' || g, 'x', 'shop-claims', '1', 'item', 1000, 'CNY',
                           now() - interval '10 days', 'b', 'n', 'QUALITY', 1000, 's', 'BUYER',
                           now() - interval '1 day', now() + g * interval '1 second', 'ESCALATED', now()
                    FROM generate_series(1, %d) g""".formatted(CASES));
        }
    }

    private static List<Long> fixtureIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connect();
                ResultSet r = c.createStatement().executeQuery("SELECT id FROM disputes WHERE id <= " + CASES)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
    }
}
