package arbiter.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Mails;
import arbiter.Sql;
import arbiter.TestEnvironment;
import arbiter.intake.IntakeRequests;
import arbiter.mail.MailDispatch;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The parts the portal stands on fail, and no request gets a 5xx and nothing is lost: PostgreSQL restarts under
 * a signed-in user; Keycloak stops answering for a minute (its process paused); the mail server is down.
 */
@QuarkusTest
class ResilienceTest {

    static final List<String> PAGES = List.of("/", "/disputes", "/disputes?status=RULED", "/supervision/audit");

    @Inject
    AgroalDataSource db;

    @Inject
    MailDispatch mails;

    @Test
    void aPostgresRestartCostsTheSignedInUserNoFailedPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            for (String page : PAGES) {
                assertEquals(200, browser.open(page).getWebResponse().getStatusCode(), page);
            }
            Process restart = new ProcessBuilder("pg_ctlcluster", "15", "main", "restart").inheritIO().start();
            assertTrue(restart.waitFor(60, TimeUnit.SECONDS) && restart.exitValue() == 0, "PostgreSQL restarted");

            for (String page : PAGES) {
                assertEquals(200, browser.open(page).getWebResponse().getStatusCode(), "after the restart: " + page);
            }
        }
    }

    @Test
    void signedInPagesKeepWorkingWhileKeycloakIsPausedForAMinuteAndAfter() throws Exception {
        // The process that listens on Keycloak's port, whichever checkout's bin/keycloak started it.
        String keycloak = keycloakProcess();
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            signal("STOP", keycloak);
            try {
                Instant until = Instant.now().plus(Duration.ofSeconds(60));
                int pages = 0;
                while (Instant.now().isBefore(until)) {
                    for (String page : List.of("/", "/disputes")) {
                        assertEquals(200, browser.open(page).getWebResponse().getStatusCode(),
                                "with Keycloak paused: " + page);
                        pages++;
                    }
                    Thread.sleep(5_000);
                }
                assertTrue(pages >= 20, "pages served while Keycloak was paused: " + pages);
            } finally {
                signal("CONT", keycloak);
            }
            HtmlPage after = browser.openHtml("/disputes");
            assertEquals(200, after.getWebResponse().getStatusCode());
            assertTrue(after.getUrl().toString().startsWith(Browser.PORTAL), "no new sign-in: " + after.getUrl());
        }
    }

    @Test
    void aMailWhileTheMailServerIsDownGoesOutOnceItIsBack() throws Exception {
        TestEnvironment.stopMail();
        String caseNo;
        try {
            caseNo = newCaseMailingItsShop();
            // A connection to a stopped server can take a while to fail: wait for the first attempt to end (bounded).
            awaitFailedAttempt(caseNo);
            assertNull(Sql.text(db, "SELECT sent_at FROM mail_outbox WHERE about LIKE '%" + caseNo + "%'"));
        } finally {
            TestEnvironment.startMail();
        }
        awaitSentOnce(caseNo, "after the outage");
    }

    /**
     * A mail server that takes the connection and then says nothing (CI saw the client wait so, until the server
     * gave up after 30 s) holds a mail for the mailer's timeout (5 s in tests, 15 s in production), not for as long
     * as the server keeps quiet: the attempt fails, the mail waits in the outbox and goes out once a server answers.
     */
    @Test
    void aMailServerThatAcceptsAndSaysNothingHoldsAMailForSecondsNotUntilItGivesUp() throws Exception {
        TestEnvironment.stopMail();
        String caseNo;
        long failedAfter;
        ServerSocket silent = new ServerSocket(TestEnvironment.SMTP_PORT, 50, InetAddress.getLoopbackAddress());
        List<Socket> held = Collections.synchronizedList(new ArrayList<>());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(silent.accept()); // no greeting, ever
                }
            } catch (IOException closed) {
                // the listener is closed: the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        try {
            long started = System.nanoTime();
            caseNo = newCaseMailingItsShop();
            awaitFailedAttempt(caseNo);
            failedAfter = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertFalse(held.isEmpty(), "the mailer did connect to the silent server");
        } finally {
            // No connection may be left on port 3025 for GreenMail to bind it again ("Address already in use", seen
            // in CI): the listener first, so that none is accepted after, then each connection reset rather than
            // closed in order (which would leave it in TIME_WAIT).
            silent.close();
            acceptor.join(10_000);
            for (Socket socket : held) {
                socket.setSoLinger(true, 0);
                socket.close();
            }
            TestEnvironment.startMail();
        }
        // Two senders, and mails of earlier tests may be tried first: each of those is held 5 s at most too.
        assertTrue(failedAfter < 25, "the attempt gave up after " + failedAfter + " s");
        awaitSentOnce(caseNo, "once a server answers");
    }

    /** A new case through the intake API, whose shop is told of the escalation by mail; its case number. */
    private String newCaseMailingItsShop() {
        return Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + IntakeRequests.newCase());
    }

    /** Waits (at most 60 s) until an attempt at the mail about {@code caseNo} has failed and it waits in the outbox. */
    private void awaitFailedAttempt(String caseNo) throws InterruptedException {
        String error = null;
        for (int i = 0; i < 600 && error == null; i++) {
            error = Sql.text(db, "SELECT last_error FROM mail_outbox WHERE about LIKE '%" + caseNo + "%'"
                    + " AND attempts >= 1 AND locked_until IS NULL");
            Thread.sleep(100);
        }
        assertNotNull(error, "the attempt failed and the mail waits in the outbox");
    }

    /** Relays the outbox as the portal does every few seconds until the mail about {@code caseNo} is out, once. */
    private void awaitSentOnce(String caseNo, String when) throws InterruptedException {
        for (int i = 0; i < 300
                && Sql.text(db, "SELECT sent_at FROM mail_outbox WHERE about LIKE '%" + caseNo + "%'") == null; i++) {
            mails.deliverDue();
            Thread.sleep(100);
        }
        Mails.await(subject -> subject.contains(caseNo), "the escalation mail of " + caseNo + " " + when);
        assertEquals(1, Mails.count(subject -> subject.contains(caseNo)), "sent once");
    }

    /** The id of the process listening on Keycloak's port (8180), from {@code ss}. */
    private static String keycloakProcess() throws Exception {
        Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :8180").redirectErrorStream(true).start();
        String listeners = new String(ss.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(ss.waitFor(10, TimeUnit.SECONDS), "ss answered");
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("pid=(\\d+)").matcher(listeners);
        assertTrue(pid.find(), "a process listens on Keycloak's port 8180: " + listeners);
        return pid.group(1);
    }

    private static void signal(String signal, String process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, "--", process).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
    }
}
