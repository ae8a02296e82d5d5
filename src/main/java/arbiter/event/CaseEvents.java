package arbiter.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import arbiter.money.Money;
import arbiter.system.SqlValues;

/**
 * The case events the order platform reads and is pushed (issue 15, DESIGN "Case events"): {@link #record} writes
 * one in the transaction of the change it reports, numbered within its case; {@link #after} pages through all of
 * them in a stable order for the feed {@code GET /api/v1/events}.
 *
 * <p>
 * The feed's order is the writing transaction's id, then the row's place ({@code tx}, {@code position}, V14). The
 * feed serves only the events of transactions older than every transaction still running, so an event that commits
 * late can never land behind a cursor a reader already holds: a reader that follows {@code next} sees every event
 * exactly once. The price is that one long transaction anywhere in the database holds the feed back while it runs.
 */
@ApplicationScoped
public class CaseEvents {

    /** The cursor's form: the writing transaction's id and the row's place, in decimal, {@code 7713-10452}. */
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,20})-(\\d{1,18})");
    /** The first key of the advisory lock that numbers a case's events (ASCII "CEVT"). */
    private static final int SEQUENCE_LOCK = 0x43455654;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** The case an event is about: Arbiter's dispute id and the platform's {@code externalId}. */
    public record CaseRef(long disputeId, String externalId) {
    }

    /**
     * Writes an event of the case, numbered after the case's last one, in the caller's transaction (so a change that
     * is refused or rolled back leaves none). Events of one case are numbered one writer at a time (an advisory lock
     * held until the transaction ends).
     *
     * @param data the event's data, by name: strings, numbers, booleans, enums (by name), instants (ISO-8601 UTC),
     *        {@link Money} (as {@code amount} in fen and {@code currency}), lists of those; a null value is left out
     * @return the event's id, which the platform sees as its {@code Idempotency-Key}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(CaseRef about, CaseEventType type, Map<String, ?> data) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, SEQUENCE_LOCK).setParameter(2, (int) (about.disputeId() ^ (about.disputeId() >>> 32)))
                .getSingleResult();
        em.createNativeQuery("""
                INSERT INTO case_events (id, dispute_id, external_id, sequence, type, occurred_at, data, delivery,
                                         next_attempt_at)
                VALUES (?1, ?2, ?3, (SELECT coalesce(max(sequence), 0) + 1 FROM case_events WHERE dispute_id = ?2),
                        ?4, ?5, cast(?6 as jsonb), 'PENDING', ?5)""")
                .setParameter(1, id).setParameter(2, about.disputeId()).setParameter(3, about.externalId())
                .setParameter(4, type.name()).setParameter(5, Timestamp.from(now)).setParameter(6, json(data))
                .executeUpdate();
        return id;
    }

    /**
     * An event's data from names and values in turn ({@code data("party", Party.SELLER, "dueAt", due)}), in that
     * order, leaving out the names whose value is null.
     */
    public static Map<String, Object> data(Object... namesAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                data.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return data;
    }

    private String json(Map<String, ?> data) {
        Map<String, Object> plain = new LinkedHashMap<>();
        data.forEach((name, value) -> {
            if (value != null) {
                plain.put(name, plain(value));
            }
        });
        try {
            return json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data that JSON cannot hold: " + data.keySet(), e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor time) {
            return time.toString();
        }
        if (value instanceof Money money) {
            return Map.of("amount", money.minor(), "currency", money.currency().getCurrencyCode());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(CaseEvents::plain).toList();
        }
        return value;
    }

    /**
     * An event as the platform reads it, from the feed or in a webhook's body.
     *
     * @param cursor the feed's place just after this event ({@code after=} for the next page)
     * @param sequence 1, 2, 3 … within the case
     * @param occurredAt when the change happened (UTC instant)
     * @param data what the change was (see {@link CaseEventType})
     */
    @Schema(name = "CaseEvent", description = "A change of a case the platform must know; never names a staff member", requiredProperties = {
            "cursor", "id", "type", "disputeId", "externalId", "sequence", "occurredAt", "data" })
    public record Published(
            @Schema(description = "The feed's place just after this event (after= for the next page)", pattern = "^[0-9]{1,20}-[0-9]{1,18}$") String cursor,
            @Schema(description = "The event's id; the webhook's Idempotency-Key") UUID id,
            CaseEventType type,
            long disputeId,
            String externalId,
            @Schema(description = "1, 2, 3 ... within the case", minimum = "1") int sequence,
            Instant occurredAt,
            @Schema(description = "What the change was; its fields depend on the type") JsonNode data) {
    }

    /**
     * A page of the feed.
     *
     * @param events at most the limit asked, in the feed's order
     * @param next the cursor to ask from next time: the last event's, or the one asked from when there is nothing
     *        new (null while the feed is empty and no cursor was given)
     */
    @Schema(name = "CaseEventPage", description = "A page of the case events feed", requiredProperties = { "events",
            "next" })
    public record FeedPage(
            @Schema(description = "At most the limit asked, in the feed's order") List<Published> events,
            @Schema(nullable = true, description = "The cursor to ask from next time; null while the feed is empty and no cursor was given", pattern = "^[0-9]{1,20}-[0-9]{1,18}$") String next) {
    }

    /** A cursor the feed cannot read: malformed, or naming no event. */
    public static class CursorRefused extends RuntimeException {
        public enum Reason {
            MALFORMED,
            UNKNOWN
        }

        public final Reason reason;

        CursorRefused(Reason reason, String cursor) {
            super((reason == Reason.MALFORMED ? "Not a cursor of this feed: " : "No event has the cursor ") + cursor);
            this.reason = reason;
        }
    }

    /**
     * Up to {@code limit} events after {@code cursor} (from the first event when empty), in the feed's order.
     *
     * @throws CursorRefused when the cursor is malformed or names no event
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public FeedPage after(Optional<String> cursor, int limit) {
        String tx = "0";
        long position = 0;
        if (cursor.isPresent()) {
            Matcher parts = CURSOR.matcher(cursor.get());
            if (!parts.matches() || !fitsInAnXid8(parts.group(1))) {
                throw new CursorRefused(CursorRefused.Reason.MALFORMED, cursor.get());
            }
            tx = parts.group(1);
            position = Long.parseLong(parts.group(2));
            if (em.createNativeQuery("SELECT 1 FROM case_events WHERE position = ?1 AND tx = cast(?2 as xid8)")
                    .setParameter(1, position).setParameter(2, tx).getResultList().isEmpty()) {
                throw new CursorRefused(CursorRefused.Reason.UNKNOWN, cursor.get());
            }
        }
        // Ordered by the column, qualified: an unqualified "tx" would name the text output column, and text orders
        // "100" before "99" while the cursor compares numbers (events would be skipped where xids gain a digit).
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.tx::text AS cursor_tx, e.position, e.id, e.type, e.dispute_id, e.external_id, e.sequence,
                       e.occurred_at, e.data::text
                FROM case_events e
                WHERE (e.tx, e.position) > (cast(?1 as xid8), ?2) AND e.tx < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY e.tx, e.position
                LIMIT ?3""")
                .setParameter(1, tx).setParameter(2, position).setParameter(3, limit).getResultList();
        List<Published> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(new Published(row[0] + "-" + row[1], (UUID) row[2], CaseEventType.valueOf((String) row[3]),
                    ((Number) row[4]).longValue(), (String) row[5], ((Number) row[6]).intValue(), SqlValues.instant(row[7]),
                    tree((String) row[8])));
        }
        return new FeedPage(events, events.isEmpty() ? cursor.orElse(null) : events.get(events.size() - 1).cursor());
    }

    /** Whether {@code digits} (ASCII, at most 20) is a transaction id: below 2^64. */
    private static boolean fitsInAnXid8(String digits) {
        try {
            Long.parseUnsignedLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * An event as the webhook receives it (no cursor: a push is not a place in the feed), from a row of
     * {@code id, type, dispute_id, external_id, sequence, occurred_at, data::text}.
     */
    Published published(Object[] row) {
        return new Published(null, (UUID) row[0], CaseEventType.valueOf((String) row[1]), ((Number) row[2]).longValue(),
                (String) row[3], ((Number) row[4]).intValue(), SqlValues.instant(row[5]), tree((String) row[6]));
    }

    private JsonNode tree(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's data is not JSON: " + data, e);
        }
    }

}
