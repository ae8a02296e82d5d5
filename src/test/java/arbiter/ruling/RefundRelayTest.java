package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The refund outbox: delivered once, signed, retried with backoff, FAILED after the budget, retried by hand. */
@QuarkusTest
class RefundRelayTest {

    @Inject
    RefundRelay relay;

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "arbiter.refunds.signing-key")
    String signingKey;

    @Test
    void aRefundIsDeliveredOnceSignedWithItsIdAsIdempotencyKey() throws Exception {
        try (PaymentSystem payments = new PaymentSystem()) {
            String id = refundOf(15000);
            relay.deliverDue();
            relay.deliverDue();

            assertEquals(1, payments.confirmedFor(id));
            PaymentSystem.Received delivery = payments.received.stream()
                    .filter(r -> r.idempotencyKey().equals(id)).findFirst().orElseThrow();
            // Computed here independently, the way the payment system would check it.
            assertEquals("sha256=" + hmac(delivery.body()), delivery.signature());
            assertTrue(delivery.body().contains("\"amount\":15000") && delivery.body().contains("\"currency\":\"CNY\""),
                    delivery.body());
            assertEquals("CONFIRMED:1", query("SELECT state || ':' || attempts FROM refund_instructions WHERE id = '"
                    + id + "'"));
        }
    }

    @Test
    void whileTheWebhookIsDownItIsRetriedLaterAndDeliveredOnceAfterItRecovers() throws Exception {
        try (PaymentSystem payments = new PaymentSystem()) {
            payments.answer.set(503);
            String id = refundOf(9900);
            relay.deliverDue();

            assertEquals("SENT:1:true", query("SELECT state || ':' || attempts || ':' || (next_attempt_at > now()) "
                    + "FROM refund_instructions WHERE id = '" + id + "'"), "waits for its backoff");
            relay.deliverDue();
            assertEquals(1, payments.received.stream().filter(r -> r.idempotencyKey().equals(id)).count(),
                    "not attempted again before its time");

            payments.answer.set(200);
            dueNow(id);
            relay.deliverDue();

            assertEquals(1, payments.confirmedFor(id));
            assertEquals("CONFIRMED:2", query("SELECT state || ':' || attempts FROM refund_instructions WHERE id = '"
                    + id + "'"));
        }
    }

    @Test
    void aWebhookFailingForeverEndsInFailedAndASupervisorsRetryDeliversIt() throws Exception {
        try (PaymentSystem payments = new PaymentSystem()) {
            payments.answer.set(500);
            String id = refundOf(5000);
            for (int attempt = 0; attempt < 3; attempt++) {
                dueNow(id);
                relay.deliverDue();
            }
            assertEquals("FAILED:3", query("SELECT state || ':' || attempts FROM refund_instructions WHERE id = '"
                    + id + "'"));
            dueNow(id);
            relay.deliverDue();
            assertEquals(3, payments.received.stream().filter(r -> r.idempotencyKey().equals(id)).count(),
                    "a failed instruction is not sent again by itself");

            payments.answer.set(200);
            assertTrue(relay.retry(UUID.fromString(id)));
            relay.deliverDue();

            assertEquals(1, payments.confirmedFor(id));
            assertEquals("CONFIRMED", query("SELECT state FROM refund_instructions WHERE id = '" + id + "'"));
        }
    }

    @Test
    void relaysRunningAtOnceDeliverEachInstructionOnce() throws Exception {
        try (PaymentSystem payments = new PaymentSystem()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(refundOf(1000 + i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Callable<Integer>> relays = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                relays.add(relay::deliverDue);
            }
            pool.invokeAll(relays);
            pool.shutdown();

            for (String id : ids) {
                assertEquals(1, payments.received.stream().filter(r -> r.idempotencyKey().equals(id)).count(), id);
            }
        }
    }

    /** A ruling with a refund, made and committed, whose instruction waits in the outbox (as after a crash). */
    private String refundOf(long fen) throws Exception {
        long id = IntakeRequests.newCase();
        assertTrue(claims.claim(id, "arbiter1"));
        long version = Long.parseLong(query("SELECT version FROM disputes WHERE id = " + id));
        desk.rule(id, "arbiter1", new RulingDecision(RulingOutcome.PARTIAL_REFUND, Money.yuan(fen),
                ResponsibleParty.NEITHER, Optional.empty(), new PolicyClause.Key("QUAL-1", 1),
                "Part of the price for the visible defect.", version));
        return query("SELECT id FROM refund_instructions WHERE dispute_id = " + id);
    }

    private void dueNow(String id) throws Exception {
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("UPDATE refund_instructions SET next_attempt_at = now() - interval '1 second'"
                    + " WHERE id = '" + id + "' AND next_attempt_at IS NOT NULL");
        }
    }

    private String query(String sql) {
        return Sql.text(db, sql);
    }

    private String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
