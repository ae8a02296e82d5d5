package arbiter.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import arbiter.system.PlatformZone;
import arbiter.system.SqlValues;

/**
 * The audit trail as supervisors read it: filtered, newest first, paged by time and id (no OFFSET, so the last
 * page of five million events costs what the first does; V9 indexes each filter in time order, so a period
 * long ago is found without walking the events after it), and exported whole as CSV.
 *
 * <p>
 * A read model across features on purpose: an event's case number comes from the disputes it names. Only a
 * dispute's target id is a number; the join casts it inside a CASE, whose order of evaluation PostgreSQL keeps,
 * so no plan can cast a route or another target's id (a cast in a plain AND could be tried first and fail).
 */
@ApplicationScoped
public class AuditLog {

    private static final int EXPORT_BATCH = 2_000;

    @Inject
    EntityManager em;

    /** One event as listed: the event and the case number of its dispute, when it concerns one. */
    public record Line(long id, Instant at, String actor, String actorRole, AuditAction action, String targetType,
            String targetId, String caseNo, String shopId, Map<String, String> before, Map<String, String> after,
            String clientAddress, String requestId, String hash, String prevHash) {
    }

    /** A page of events and where the next one starts, null on the last page. */
    public record Page(List<Line> lines, AuditFilter.Position next) {
    }

    public Page page(AuditFilter filter, int size) {
        List<Line> lines = fetch(filter, filter.before(), size + 1);
        if (lines.size() > size) {
            lines = lines.subList(0, size);
            Line last = lines.get(size - 1);
            return new Page(lines, AuditFilter.Position.of(last.at(), last.id()));
        }
        return new Page(lines, null);
    }

    /** Every event the filter matches, newest first, a batch at a time. */
    public void export(AuditFilter filter, Consumer<Line> sink) {
        AuditFilter.Position before = filter.before();
        while (true) {
            List<Line> batch = fetch(filter, before, EXPORT_BATCH);
            batch.forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            Line last = batch.get(batch.size() - 1);
            before = AuditFilter.Position.of(last.at(), last.id());
            em.clear();
        }
    }

    private List<Line> fetch(AuditFilter filter, AuditFilter.Position before, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        Condition condition = (sql, bound) -> {
            StringBuilder numbered = new StringBuilder();
            int next = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    values.add(bound[next++]);
                    numbered.append('?').append(values.size());
                } else {
                    numbered.append(c);
                }
            }
            where.add(numbered.toString());
        };
        if (filter.actor() != null) {
            condition.add("e.actor = ?", filter.actor());
        }
        if (filter.action() != null) {
            condition.add("e.action = ?", filter.action().name());
        }
        if (filter.caseNo() != null) {
            condition.add("e.target_type = 'dispute' AND e.target_id = (SELECT c.id::text FROM disputes c"
                    + " WHERE c.case_no = ?)", filter.caseNo());
        }
        if (filter.shopId() != null) {
            condition.add("e.shop_id = ?", filter.shopId());
        }
        if (filter.from() != null) {
            condition.add("e.occurred_at >= ?", startOf(filter.from()));
        }
        if (filter.to() != null) {
            condition.add("e.occurred_at < ?", startOf(filter.to().plusDays(1)));
        }
        if (before != null) {
            condition.add("(e.occurred_at, e.id) < (?, ?)", Timestamp.from(before.at()), before.id());
        }
        var query = em.createNativeQuery("""
                SELECT e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.target_type, e.target_id, d.case_no,
                       e.shop_id, e.before_state::text, e.after_state::text, e.client_address, e.request_id, e.hash,
                       e.prev_hash
                FROM audit_events e
                LEFT JOIN disputes d ON d.id = CASE WHEN e.target_type = 'dispute' THEN e.target_id::bigint END
                WHERE %s
                ORDER BY e.occurred_at DESC, e.id DESC
                LIMIT %d""".formatted(where.isEmpty() ? "TRUE" : String.join(" AND ", where), limit));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        List<Line> lines = new ArrayList<>(limit);
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            lines.add(new Line(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], (String) r[3],
                    AuditAction.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                    AuditHash.state((String) r[9]), AuditHash.state((String) r[10]), (String) r[11],
                    (String) r[12], (String) r[13], (String) r[14]));
        }
        return lines;
    }

    /** Adds a condition whose {@code ?} parameters are numbered in the order they are bound. */
    private interface Condition {
        void add(String sql, Object... bound);
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(PlatformZone.ZONE).toInstant());
    }
}
