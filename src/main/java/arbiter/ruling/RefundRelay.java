package arbiter.ruling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import arbiter.audit.Actor;
import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.Disputes;
import arbiter.event.CaseEventType;
import arbiter.event.CaseEvents;
import arbiter.money.Money;
import arbiter.system.SignedWebhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers refund instructions from the outbox to the payment system's webhook: JSON signed with
 * HMAC-SHA256, the instruction's id as the idempotency key, retries with exponential backoff, FAILED after
 * the budget. An instruction is taken with {@code FOR UPDATE SKIP LOCKED} and leased (its next attempt moved
 * past the delivery) in one committed step, so no two relays, on any instance, deliver it at once; one that
 * dies mid-delivery leaves it to be taken again when the lease runs out. The payment system sees the same
 * idempotency key on every attempt, so a refund is executed at most once.
 */
@ApplicationScoped
public class RefundRelay {

    private static final Logger LOG = Logger.getLogger(RefundRelay.class);

    @Inject
    RefundDelivery delivery;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CaseEvents events;

    @Inject
    Disputes disputes;

    /** The payment system's webhook; empty where none is configured. */
    private Optional<SignedWebhook> webhook = Optional.empty();

    @PostConstruct
    void connect() {
        webhook = SignedWebhook.of(delivery.webhookUrl(), delivery.signingKey(), delivery.timeout());
    }

    /** Deliveries in flight at once from one relay: the payment system sees at most this many. */
    private final java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);

    /**
     * A refund instruction that the payment system refused for good, as the supervisors' list shows it.
     *
     * @param amount the refund, in fen of {@code currency}
     * @param lastError what the payment system last answered, or null
     */
    public record FailedRefund(UUID id, long disputeId, String caseNo, Money amount, int attempts, String lastError) {
    }

    /** The failed refund instructions, oldest first: the supervisors' list with its retry buttons. */
    /** The id of the refund instruction a ruling made (none for a ruling without a refund, or not in effect yet). */
    public Optional<UUID> instructionOf(long rulingId) {
        return RefundInstruction.<RefundInstruction> find("rulingId", rulingId).firstResultOptional().map(r -> r.id);
    }

    public List<FailedRefund> failed() {
        return RefundInstruction.getEntityManager().createQuery("""
                select i, r.dispute.caseNo from RefundInstruction i, Ruling r
                where r.id = i.rulingId and i.state = :failed order by i.createdAt""", Object[].class)
                .setParameter("failed", RefundState.FAILED).getResultStream()
                .map(row -> {
                    RefundInstruction r = (RefundInstruction) row[0];
                    return new FailedRefund(r.id, r.disputeId, (String) row[1], r.amount(), r.attempts, r.lastError);
                }).toList();
    }

    /** How many refund instructions failed for good and wait for a supervisor's retry. */
    public long countFailed() {
        return RefundInstruction.countFailed();
    }

    @Scheduled(every = "${arbiter.refunds.relay-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayRegularly() {
        deliverDue();
    }

    /** Delivers what is due now, a batch at a time until nothing due is left; the number confirmed. */
    public int deliverDue() {
        int confirmed = 0;
        List<UUID> batch;
        do {
            batch = takeDue();
            // The instructions of a batch are leased to this relay, so they can be delivered side by side.
            List<java.util.concurrent.Future<Boolean>> sent = new java.util.ArrayList<>();
            for (UUID id : batch) {
                sent.add(senders.submit(() -> deliver(id)));
            }
            for (java.util.concurrent.Future<Boolean> one : sent) {
                confirmed += joined(one) ? 1 : 0;
            }
        } while (batch.size() == delivery.batch());
        return confirmed;
    }

    private static boolean joined(java.util.concurrent.Future<Boolean> delivery) {
        try {
            return delivery.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.error("A refund delivery failed unexpectedly", e.getCause());
            return false;
        }
    }

    /** A supervisor sends a FAILED instruction again, with a fresh budget. */
    public boolean retry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RefundInstruction instruction = RefundInstruction.findById(id);
            boolean restarted = instruction != null && RefundInstruction.update(
                    "state = ?1, attempts = 0, nextAttemptAt = ?2, lastError = null where id = ?3 and state = ?4",
                    RefundState.PENDING, clock.instant(), id, RefundState.FAILED) == 1;
            if (restarted) {
                audit.record(AuditAction.REFUND_RETRIED, Target.dispute(instruction.disputeId),
                        Map.of("refund", RefundState.FAILED.name()), Map.of("refund", RefundState.PENDING.name()));
            }
            return restarted;
        });
    }

    @SuppressWarnings("unchecked")
    private List<UUID> takeDue() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> (List<UUID>) RefundInstruction.getEntityManager()
                .createNativeQuery("""
                        UPDATE refund_instructions SET next_attempt_at = ?1
                        WHERE id IN (SELECT id FROM refund_instructions
                                     WHERE state IN ('PENDING', 'SENT') AND next_attempt_at <= ?2
                                     ORDER BY next_attempt_at
                                     LIMIT ?3
                                     FOR UPDATE SKIP LOCKED)
                        RETURNING id""", UUID.class)
                .setParameter(1, Timestamp.from(now.plus(delivery.lease())))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, delivery.batch())
                .getResultList());
    }

    private boolean deliver(UUID id) {
        RefundInstruction instruction = QuarkusTransaction.requiringNew().call(() -> RefundInstruction.findById(id));
        String body = """
                {"id":"%s","disputeId":%d,"rulingId":%d,"amount":%d,"currency":"%s"}""".formatted(
                instruction.id, instruction.disputeId, instruction.rulingId, instruction.amountMinor,
                instruction.currency);
        Optional<String> failure = webhook.orElseThrow().post(instruction.id.toString(), body);
        if (failure.isEmpty()) {
            record(id, null);
            return true;
        }
        String error = failure.get();
        LOG.warnf("Refund instruction %s not delivered: %s", id, error);
        record(id, error);
        return false;
    }

    /** The outcome of one attempt: confirmed (no error), or the next attempt, or FAILED after the budget. */
    private void record(UUID id, String error) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            RefundInstruction instruction = RefundInstruction.findById(id);
            instruction.attempts++;
            instruction.sentAt = instruction.sentAt == null ? now : instruction.sentAt;
            RefundState before = instruction.state;
            if (error == null) {
                if (before != RefundState.CONFIRMED) {
                    audit.record(Actor.SYSTEM, AuditAction.REFUND_DELIVERED, Target.dispute(instruction.disputeId),
                            Map.of("refund", before.name()), Map.of("refund", RefundState.CONFIRMED.name(),
                                    "attempts", Integer.toString(instruction.attempts)));
                    events.record(disputes.caseRef(instruction.disputeId), CaseEventType.REFUND_CONFIRMED,
                            CaseEvents.data("refund", instruction.amount()));
                }
                instruction.state = RefundState.CONFIRMED;
                instruction.confirmedAt = now;
                instruction.nextAttemptAt = null;
                instruction.lastError = null;
            } else if (instruction.attempts >= delivery.maxAttempts()) {
                audit.record(Actor.SYSTEM, AuditAction.REFUND_FAILED, Target.dispute(instruction.disputeId),
                        Map.of("refund", before.name()), Map.of("refund", RefundState.FAILED.name(),
                                "attempts", Integer.toString(instruction.attempts), "error", error));
                events.record(disputes.caseRef(instruction.disputeId), CaseEventType.REFUND_FAILED,
                        CaseEvents.data("refund", instruction.amount(), "attempts", instruction.attempts));
                instruction.state = RefundState.FAILED;
                instruction.nextAttemptAt = null;
                instruction.lastError = error;
            } else {
                instruction.state = RefundState.SENT;
                instruction.nextAttemptAt = now.plus(delivery.backoffAfter(instruction.attempts));
                instruction.lastError = error;
            }
        });
    }
}
