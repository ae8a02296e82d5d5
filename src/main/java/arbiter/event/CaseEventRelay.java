package arbiter.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.system.SignedWebhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Pushes case events to the order platform's webhook (issue 15, DESIGN "Case events"), through the same outbox
 * machinery as refunds: JSON signed with HMAC-SHA256 ({@code X-Arbiter-Signature}), the event's id as
 * {@code Idempotency-Key}, retries with exponential backoff, FAILED after the budget until a supervisor retries.
 *
 * <p>
 * <b>In order within a case, cases side by side.</b> An event is taken only when every earlier event of its case
 * is delivered, so a case's later event waits for its earlier one (and behind a FAILED one, until it is retried);
 * the events of different cases go out in parallel. An event is taken with {@code FOR UPDATE SKIP LOCKED} and
 * leased (its next attempt moved past the delivery) in one committed step, so no two relays, on any portal
 * instance, deliver it at once; a relay that dies mid-delivery leaves it to be taken again when the lease ends.
 */
@ApplicationScoped
public class CaseEventRelay {

    private static final Logger LOG = Logger.getLogger(CaseEventRelay.class);

    @Inject
    PlatformDelivery delivery;

    @Inject
    CaseEvents events;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The platform's webhook for case events; empty where none is configured. */
    private Optional<SignedWebhook> webhook = Optional.empty();

    @PostConstruct
    void connect() {
        webhook = SignedWebhook.of(delivery.webhookUrl(), delivery.signingKey(), delivery.timeout());
    }

    private ExecutorService senders;

    private synchronized ExecutorService senders() {
        if (senders == null) {
            senders = Executors.newFixedThreadPool(delivery.senders(), runnable -> {
                Thread thread = new Thread(runnable, "case-event-relay");
                thread.setDaemon(true);
                return thread;
            });
        }
        return senders;
    }

    @Scheduled(every = "${arbiter.platform.relay-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayRegularly() {
        deliverDue();
    }

    /**
     * Delivers what is due now, a batch at a time until nothing due is left; the number delivered. Does nothing
     * without a webhook. Safe to run on several instances (and threads) at once.
     */
    public int deliverDue() {
        if (webhook.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        List<CaseEvents.Published> batch;
        do {
            batch = takeDue();
            List<Future<String>> sent = new ArrayList<>();
            for (CaseEvents.Published event : batch) {
                sent.add(senders().submit(() -> deliver(event)));
            }
            // The acknowledged ones are recorded together: the next batch, which may hold their cases' next events,
            // is taken only after that.
            List<UUID> acknowledged = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                String error = joined(sent.get(i));
                if (error == null) {
                    acknowledged.add(batch.get(i).id());
                } else {
                    recordFailure(batch.get(i).id(), error);
                }
            }
            recordDelivered(acknowledged);
            delivered += acknowledged.size();
        } while (!batch.isEmpty());
        return delivered;
    }

    private static String joined(Future<String> delivery) {
        try {
            return delivery.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            LOG.error("A case event delivery failed unexpectedly", e.getCause());
            return "unexpected: " + e.getCause();
        }
    }

    /**
     * Takes and leases the due events whose case has no earlier undelivered event, and reads them, in one statement.
     * Two events of one case are never in one batch: the later one still has the earlier one before it.
     */
    @SuppressWarnings("unchecked")
    private List<CaseEvents.Published> takeDue() {
        Instant now = clock.instant();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE case_events SET next_attempt_at = ?1
                WHERE id IN (SELECT e.id FROM case_events e
                             WHERE e.delivery IN ('PENDING', 'SENT') AND e.next_attempt_at <= ?2
                               AND NOT EXISTS (SELECT 1 FROM case_events earlier
                                               WHERE earlier.dispute_id = e.dispute_id
                                                 AND earlier.sequence < e.sequence
                                                 AND earlier.delivery <> 'DELIVERED')
                             ORDER BY e.next_attempt_at
                             LIMIT ?3
                             FOR UPDATE SKIP LOCKED)
                RETURNING id, type, dispute_id, external_id, sequence, occurred_at, data::text""")
                .setParameter(1, Timestamp.from(now.plus(delivery.lease())))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, delivery.batch())
                .getResultList());
        return rows.stream().map(events::published).toList();
    }

    /** The JSON body the webhook receives for an event: its id, type, case, sequence, time and data. */
    String body(CaseEvents.Published event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type().name());
        body.put("disputeId", event.disputeId());
        body.put("externalId", event.externalId());
        body.put("sequence", event.sequence());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("data", event.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case event that JSON cannot hold: " + event.id(), e);
        }
    }

    /** One attempt: null when the webhook acknowledged it (2xx), else what went wrong. */
    private String deliver(CaseEvents.Published event) {
        String error = webhook.orElseThrow().post(event.id().toString(), body(event)).orElse(null);
        if (error != null) {
            LOG.warnf("Case event %s not delivered: %s", event.id(), error);
        }
        return error;
    }

    /** The acknowledged events of a batch, in one statement: DELIVERED. */
    private void recordDelivered(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> CaseEvent.update("""
                delivery = ?1, attempts = attempts + 1, deliveredAt = ?2, nextAttemptAt = null, lastError = null
                where id in ?3""", DeliveryState.DELIVERED, now, ids));
    }

    /** A failed attempt: tried again after its backoff, or FAILED after the budget. */
    private void recordFailure(UUID id, String error) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            CaseEvent event = CaseEvent.findById(id);
            event.attempts++;
            event.lastError = error;
            if (event.attempts >= delivery.maxAttempts()) {
                event.delivery = DeliveryState.FAILED;
                event.nextAttemptAt = null;
            } else {
                event.delivery = DeliveryState.SENT;
                event.nextAttemptAt = now.plus(delivery.backoffAfter(event.attempts));
            }
        });
    }

    /**
     * An event the webhook did not acknowledge within the budget, as the supervisors' list shows it.
     *
     * @param waiting how many later events of its case wait behind it
     * @param lastError what the webhook last answered (a status, or the connection's failure)
     */
    public record FailedDelivery(UUID id, long disputeId, String externalId, int sequence, CaseEventType type,
            Instant occurredAt, int attempts, String lastError, long waiting) {
    }

    /** The events that failed for good, oldest first: the supervisors' list with its retry buttons. */
    public List<FailedDelivery> failed() {
        return em.createQuery("""
                select new arbiter.event.CaseEventRelay$FailedDelivery(e.id, e.disputeId, e.externalId, e.sequence,
                       e.type, e.occurredAt, e.attempts, e.lastError,
                       (select count(*) from CaseEvent later where later.disputeId = e.disputeId
                        and later.sequence > e.sequence and later.delivery <> ?2))
                from CaseEvent e where e.delivery = ?1 order by e.occurredAt, e.id""", FailedDelivery.class)
                .setParameter(1, DeliveryState.FAILED).setParameter(2, DeliveryState.DELIVERED).getResultList();
    }

    /** How many events failed for good and wait for a supervisor's retry. */
    public long countFailed() {
        return CaseEvent.count("delivery", DeliveryState.FAILED);
    }

    /** A supervisor sends a FAILED event again, with a fresh budget; false when it is not FAILED (any more). */
    public boolean retry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CaseEvent event = CaseEvent.findById(id);
            boolean restarted = event != null && CaseEvent.update(
                    "delivery = ?1, attempts = 0, nextAttemptAt = ?2, lastError = null where id = ?3 and delivery = ?4",
                    DeliveryState.PENDING, clock.instant(), id, DeliveryState.FAILED) == 1;
            if (restarted) {
                audit.record(AuditAction.EVENT_DELIVERY_RETRIED, Target.dispute(event.disputeId),
                        Map.of("delivery", DeliveryState.FAILED.name()),
                        Map.of("delivery", DeliveryState.PENDING.name(), "event", event.type.name(),
                                "sequence", Integer.toString(event.sequence)));
            }
            return restarted;
        });
    }

    @PreDestroy
    void finishSending() throws InterruptedException {
        ExecutorService running = senders;
        if (running != null) {
            running.shutdown();
            running.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
