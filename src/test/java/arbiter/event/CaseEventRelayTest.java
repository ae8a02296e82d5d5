package arbiter.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import arbiter.Sql;
import arbiter.dispute.Party;
import arbiter.event.CaseEvents.CaseRef;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Case events pushed to the platform's webhook (a real HTTP server on loopback): signed, once each, in order within
 * a case; retried while the webhook is down; FAILED after the budget with the case's later events waiting, until a
 * supervisor retries; several relays at once deliver nothing twice and keep each case's order (issue 15).
 */
@QuarkusTest
class CaseEventRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CaseEventRelay relay;

    @Inject
    CaseEvents events;

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "arbiter.platform.signing-key")
    String signingKey;

    @Test
    void anEventIsDeliveredOnceSignedWithItsIdAsIdempotencyKey() throws Exception {
        try (PlatformWebhook platform = new PlatformWebhook()) {
            CaseRef about = newCase();
            UUID id = write(about, CaseEventType.EVIDENCE_REQUESTED,
                    CaseEvents.data("party", Party.SELLER, "dueAt", java.time.Instant.parse("2026-12-01T10:00:00Z")));
            relay.deliverDue();
            relay.deliverDue();

            assertEquals(1, platform.acknowledged(id.toString()));
            PlatformWebhook.Received delivery = platform.of(about.disputeId()).get(0);
            // Computed here independently, the way the platform would check it.
            assertEquals("sha256=" + hmac(delivery.body()), delivery.signature());
            JsonNode body = JSON.readTree(delivery.body());
            assertEquals(id.toString(), body.path("id").asText());
            assertEquals("EVIDENCE_REQUESTED", body.path("type").asText());
            assertEquals(about.disputeId(), body.path("disputeId").asLong());
            assertEquals(about.externalId(), body.path("externalId").asText());
            assertEquals(1, body.path("sequence").asInt());
            assertTrue(body.path("occurredAt").asText().endsWith("Z"), body.toString());
            assertEquals("SELLER", body.path("data").path("party").asText());
            assertEquals("2026-12-01T10:00:00Z", body.path("data").path("dueAt").asText());
            assertEquals("DELIVERED:1", Sql.text(db, "SELECT delivery || ':' || attempts FROM case_events WHERE id = '"
                    + id + "'"));
        }
    }

    @Test
    void whileTheWebhookIsDownACaseWaitsInOrderAndEachEventIsDeliveredOnceAfterItRecovers() throws Exception {
        try (PlatformWebhook platform = new PlatformWebhook()) {
            platform.answer.set(503);
            List<CaseRef> cases = List.of(newCase(), newCase(), newCase());
            List<List<UUID>> written = new ArrayList<>();
            for (CaseRef about : cases) {
                written.add(List.of(write(about, CaseEventType.CASE_CLAIMED, CaseEvents.data()),
                        write(about, CaseEventType.RULING_PENDING_APPROVAL, CaseEvents.data("outcome", "REJECTED")),
                        write(about, CaseEventType.RULING_SENT_BACK, CaseEvents.data())));
            }
            relay.deliverDue();
            for (int i = 0; i < cases.size(); i++) {
                List<PlatformWebhook.Received> tried = platform.of(cases.get(i).disputeId());
                assertEquals(1, tried.size(), "only the first event of each case is tried while it is not delivered");
                assertEquals(written.get(i).get(0).toString(), tried.get(0).idempotencyKey());
                assertEquals("SENT:1:true", Sql.text(db, "SELECT delivery || ':' || attempts || ':' || "
                        + "(next_attempt_at > now()) FROM case_events WHERE id = '" + written.get(i).get(0) + "'"),
                        "waits for its backoff");
            }
            relay.deliverDue();
            assertEquals(3, platform.received.stream().filter(r -> cases.stream()
                    .anyMatch(c -> c.disputeId() == r.disputeId())).count(), "not tried again before its time");

            platform.answer.set(200);
            dueNow(cases);
            relay.deliverDue();

            for (int i = 0; i < cases.size(); i++) {
                List<PlatformWebhook.Received> acknowledged = platform.of(cases.get(i).disputeId()).stream()
                        .filter(r -> r.answered() == 200).toList();
                assertEquals(written.get(i).stream().map(UUID::toString).toList(),
                        acknowledged.stream().map(PlatformWebhook.Received::idempotencyKey).toList(),
                        "each event once, in the case's order");
            }
        }
    }

    @Test
    void aWebhookFailingForeverEndsInFailedHoldsTheCaseAndASupervisorsRetryDeliversItAll() throws Exception {
        try (PlatformWebhook platform = new PlatformWebhook()) {
            platform.answer.set(500);
            CaseRef about = newCase();
            UUID first = write(about, CaseEventType.CASE_CLAIMED, CaseEvents.data());
            UUID second = write(about, CaseEventType.WITHDRAWN, CaseEvents.data("reason", "SETTLED"));
            for (int attempt = 0; attempt < 3; attempt++) {
                dueNow(List.of(about));
                relay.deliverDue();
            }
            assertEquals("FAILED:3", Sql.text(db, "SELECT delivery || ':' || attempts FROM case_events WHERE id = '"
                    + first + "'"));
            assertEquals("PENDING:0", Sql.text(db, "SELECT delivery || ':' || attempts FROM case_events WHERE id = '"
                    + second + "'"), "the later event waits behind the failed one");
            CaseEventRelay.FailedDelivery failed = relay.failed().stream().filter(f -> f.id().equals(first))
                    .findFirst().orElseThrow();
            assertEquals(1, failed.waiting());
            assertEquals("HTTP 500", failed.lastError());
            dueNow(List.of(about));
            relay.deliverDue();
            assertEquals(3, platform.of(about.disputeId()).size(), "a failed event is not sent again by itself");

            platform.answer.set(200);
            assertTrue(relay.retry(first));
            assertFalse(relay.retry(first), "only a FAILED event can be retried");
            assertFalse(relay.retry(UUID.randomUUID()), "nor one that does not exist");
            relay.deliverDue();

            assertEquals(List.of(first.toString(), second.toString()), platform.of(about.disputeId()).stream()
                    .filter(r -> r.answered() == 200).map(PlatformWebhook.Received::idempotencyKey).toList());
            assertTrue(relay.failed().stream().noneMatch(f -> f.id().equals(first)));
            assertEquals(1, Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'EVENT_DELIVERY_RETRIED'"
                    + " AND target_id = '" + about.disputeId() + "'"), "the supervisor's retry is audited");
        }
    }

    @Test
    void relaysRunningAtOnceDeliverEachEventOnceAndKeepEachCasesOrder() throws Exception {
        try (PlatformWebhook platform = new PlatformWebhook()) {
            // One answer in five fails, so events are retried while other relays run.
            platform.chooser = () -> ThreadLocalRandom.current().nextInt(5) == 0 ? 503 : 200;
            List<CaseRef> cases = new ArrayList<>();
            List<UUID> written = new ArrayList<>();
            for (int c = 0; c < 12; c++) {
                CaseRef about = newCase();
                cases.add(about);
                for (int e = 0; e < 5; e++) {
                    written.add(write(about, CaseEventType.EVIDENCE_RECEIVED, CaseEvents.data("n", e)));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < 40 && undelivered(cases) > 0; round++) {
                    List<Callable<Integer>> relays = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        relays.add(relay::deliverDue);
                    }
                    pool.invokeAll(relays);
                    dueNow(cases);
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(0, undelivered(cases), "everything delivered in the end");
            for (UUID id : written) {
                assertEquals(1, platform.acknowledged(id.toString()), "acknowledged once: " + id);
            }
            for (CaseRef about : cases) {
                // No request of a case's event before its predecessor was acknowledged: the sequences the platform
                // saw are 1, 2, 3 … with only failed attempts repeated.
                int expected = 1;
                for (PlatformWebhook.Received r : platform.of(about.disputeId())) {
                    assertEquals(expected, r.sequence(), "case " + about.disputeId() + " out of order");
                    if (r.answered() == 200) {
                        expected++;
                    }
                }
                assertEquals(6, expected);
            }
        }
    }

    private CaseRef newCase() {
        long id = IntakeRequests.newCase();
        return new CaseRef(id, Sql.text(db, "SELECT external_id FROM disputes WHERE id = " + id));
    }

    private UUID write(CaseRef about, CaseEventType type, java.util.Map<String, ?> data) {
        return QuarkusTransaction.requiringNew().call(() -> events.record(about, type, data));
    }

    private long undelivered(List<CaseRef> cases) {
        return Sql.number(db, "SELECT count(*) FROM case_events WHERE delivery <> 'DELIVERED' AND dispute_id IN ("
                + String.join(",", cases.stream().map(c -> Long.toString(c.disputeId())).toList()) + ")");
    }

    private void dueNow(List<CaseRef> cases) {
        Sql.run(db, "UPDATE case_events SET next_attempt_at = now() - interval '1 second' WHERE next_attempt_at IS NOT NULL"
                + " AND dispute_id IN (" + String.join(",", cases.stream().map(c -> Long.toString(c.disputeId())).toList())
                + ")");
    }

    private String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
