package arbiter.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The append-only trail of everything that changes state. Each event is written in the transaction of the
 * change it records, so there is no change without its event and no event without its change. Appends are
 * serialised by a transaction-scoped advisory lock: each event's {@code prev_hash} is the hash of the event
 * committed before it, across every portal instance.
 */
@ApplicationScoped
public class AuditTrail {

    /** The advisory lock key of the chain's head ("AUDT"). */
    private static final long CHAIN_LOCK = 0x41554454L;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DisputeShops disputeShops;

    @Inject
    CurrentActor currentActor;

    /** Records an action of the current actor on {@code target}; part of the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, Target target, Map<String, String> before, Map<String, String> after) {
        record(currentActor.get(), action, target, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, Target target, Map<String, String> before,
            Map<String, String> after) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        List<?> head = em.createNativeQuery("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1").getResultList();

        AuditEvent event = new AuditEvent();
        // Stored with the database's precision, so that the hash can be computed again from the row.
        event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.actor = actor.name();
        event.actorRole = actor.role();
        event.action = action.name();
        event.targetType = target.type();
        event.targetId = target.id();
        event.beforeState = AuditHash.canonicalJson(before);
        event.afterState = AuditHash.canonicalJson(after);
        event.clientAddress = actor.clientAddress();
        event.requestId = actor.requestId();
        event.shopId = shopOf(target);
        event.prevHash = head.isEmpty() ? AuditHash.GENESIS : (String) head.get(0);
        event.hash = AuditHash.of(event);
        event.persist();
    }

    private String shopOf(Target target) {
        if (!target.type().equals(Target.DISPUTE)) {
            return null;
        }
        return disputeShops.shopOf(Long.parseLong(target.id())).orElse(null);
    }

    /**
     * One event of a target's trail as its readers need it: when (UTC), who in which role, what, and the state
     * before and after as the event recorded them (field name to value, in the order written; empty when none).
     */
    public record Entry(Instant at, String actor, String actorRole, AuditAction action, Map<String, String> before,
            Map<String, String> after) {
    }

    /** A target's events, oldest first. */
    public List<Entry> of(Target target) {
        return AuditEvent.<AuditEvent> list("targetType = ?1 and targetId = ?2 order by id", target.type(), target.id())
                .stream().map(e -> new Entry(e.occurredAt, e.actor, e.actorRole, AuditAction.valueOf(e.action),
                        AuditHash.state(e.beforeState), AuditHash.state(e.afterState)))
                .toList();
    }

    /**
     * What an event is about: a dispute (id: the dispute's id), a QA sample (its id), or a route of the portal
     * that refused a change (id: method and path, as {@code "POST /disputes/next"}). These are the only target
     * types ({@link #TYPES}): the audit page, its filters, the CSV and the chain check are tested with each.
     *
     * @throws IllegalArgumentException for a type not in {@link #TYPES}, or a blank id
     */
    public record Target(String type, String id) {

        public static final String DISPUTE = "dispute";
        public static final String QA_SAMPLE = "qa_sample";
        public static final String ROUTE = "route";
        /** A piece of the ruling policy supervisors manage: a clause ({@code clause DESC-1}) or a template. */
        public static final String POLICY = "policy";
        /** Every target type an event can have. */
        public static final List<String> TYPES = List.of(DISPUTE, QA_SAMPLE, ROUTE, POLICY);
        /** The longest route id kept; a longer request path is cut there. */
        static final int ROUTE_LENGTH = 300;

        public Target {
            if (!TYPES.contains(type) || id == null || id.isBlank()) {
                throw new IllegalArgumentException("Not an audit target: " + type + " " + id);
            }
        }

        public static Target dispute(long id) {
            return new Target(DISPUTE, Long.toString(id));
        }

        /** A policy clause, all its versions: {@code clause CODE}. */
        public static Target clause(String code) {
            return new Target(POLICY, "clause " + code);
        }

        /** A rationale template, all its versions: {@code template ID}. */
        public static Target rationaleTemplate(long id) {
            return new Target(POLICY, "template " + id);
        }

        public static Target qaSample(long id) {
            return new Target(QA_SAMPLE, Long.toString(id));
        }

        /**
         * A route as the request named it: its method and path, cut to {@value #ROUTE_LENGTH} characters, with
         * each character the database cannot store or a reader would misread (controls) shown as U+FFFD.
         */
        public static Target route(String method, String path) {
            String route = (method + " " + path).codePoints()
                    .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                            || Character.getType(c) == Character.UNASSIGNED ? 0xFFFD : c)
                    .limit(ROUTE_LENGTH)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return new Target(ROUTE, route);
        }
    }
}
