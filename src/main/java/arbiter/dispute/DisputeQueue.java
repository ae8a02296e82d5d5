package arbiter.dispute;

import arbiter.money.Money;
import arbiter.penalty.PointsCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arbitration queue as the home pages summarise it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisputeQueue {

    /** Statuses in which a case is being worked and counts against its SLA. */
    static final Set<DisputeStatus> OPEN = EnumSet.of(
            DisputeStatus.ESCALATED, DisputeStatus.IN_REVIEW, DisputeStatus.AWAITING_EVIDENCE,
            DisputeStatus.PENDING_APPROVAL);

    @Inject
    Clock clock;

    @Inject
    PointsCalendar pointsCalendar;

    @Inject
    SlaRules sla;

    public long countUnclaimed() {
        return Dispute.count("status = ?1 and assignee is null", DisputeStatus.ESCALATED);
    }

    public long countHeldBy(String username) {
        return Dispute.count("assignee = ?1 and status in ?2", username,
                EnumSet.of(DisputeStatus.IN_REVIEW, DisputeStatus.AWAITING_EVIDENCE));
    }

    /** Open cases whose SLA runs out within the warning window. */
    public long countDueSoon() {
        Instant now = clock.instant();
        return Dispute.count("status in ?1 and slaDueAt >= ?2 and slaDueAt < ?3", OPEN, now, now.plus(sla.warning()));
    }

    public long countOverdue() {
        return Dispute.count("status in ?1 and slaDueAt < ?2", OPEN, clock.instant());
    }

    public long countInStatus(DisputeStatus status) {
        return Dispute.count("status", status);
    }

    public long countOpenForShop(String shopId) {
        return Dispute.count("shop.id = ?1 and status in ?2", shopId, OPEN);
    }

    /** The open cases, most urgent first. */
    public List<QueueRow> mostUrgent(int limit) {
        return page(QueueFilter.parse(null, null, null, null, null, null, null, null, null), "", limit).rows();
    }

    /** One shop's disputes, the latest escalated first. */
    public List<QueueRow> ofShop(String shopId, int limit) {
        QueueSql sql = new QueueSql();
        sql.where.add("d.shop_id = :shop");
        sql.parameters.put("shop", shopId);
        return fetch(sql, "'{}'", "d.escalated_at DESC, d.id DESC", limit).rows();
    }

    /**
     * A page of the queue as {@code filter} states it, seen by {@code viewer}; keyset paging, no OFFSET. One
     * statement: the counts and the rows come back together, as the queue is the page arbitrators load all day.
     */
    public QueuePage page(QueueFilter filter, String viewer, int size) {
        QueueSql narrowing = QueueSql.narrowing(filter, viewer, clock.instant(), sla.warning());
        QueueSql.Order order = QueueSql.Order.of(filter.sort());
        QueuePage fetched = fetch(narrowing.page(filter.statuses(), order, filter.after()),
                StatusCounts.sql(narrowing.where), order.orderBy(), size + 1);
        List<QueueRow> rows = fetched.rows();
        QueueFilter.Cursor next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = order.cursor(rows.get(size - 1));
        }
        return new QueuePage(rows, next, fetched.counts());
    }

    /**
     * Rows with their shop's points this year (a correlated sum on the ledger's index), beside the counts
     * expression: the one counts row is joined to the page's rows, so an empty page still brings its counts.
     */
    private QueuePage fetch(QueueSql sql, String countsSql, String orderBy, int limit) {
        var query = Dispute.getEntityManager().createNativeQuery("""
                SELECT c.counts, r.*
                FROM (SELECT %s AS counts) c
                LEFT JOIN LATERAL (
                    SELECT d.id, d.case_no, d.reason, d.amount_paid, d.currency, s.id AS shop_id, s.name,
                           d.escalated_at, d.sla_due_at, d.status, d.assignee,
                           (SELECT coalesce(sum(p.delta), 0) FROM points_ledger p
                            WHERE p.shop_id = s.id AND p.points_year = :pointsYear) AS points
                    FROM disputes d JOIN shops s ON s.id = d.shop_id
                    WHERE %s
                    ORDER BY %s
                    LIMIT %d) r ON TRUE
                ORDER BY %s""".formatted(countsSql, sql.whereClause(), orderBy, limit, orderBy.replace("d.", "r.")));
        sql.parameters.forEach(query::setParameter);
        query.setParameter("pointsYear", pointsCalendar.yearOf(clock.instant()));
        List<?> found = query.getResultList();
        List<QueueRow> rows = new ArrayList<>(found.size());
        String counts = "{}";
        for (Object row : found) {
            Object[] r = (Object[]) row;
            counts = (String) r[0];
            if (r[1] != null) {
                rows.add(new QueueRow(((Number) r[1]).longValue(), (String) r[2], DisputeReason.valueOf((String) r[3]),
                        Money.of(((Number) r[4]).longValue(), (String) r[5]), (String) r[6], (String) r[7],
                        ((Number) r[12]).intValue(), instant(r[8]), instant(r[9]),
                        DisputeStatus.valueOf((String) r[10]), (String) r[11]));
            }
        }
        return new QueuePage(rows, null, StatusCounts.parse(counts));
    }
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
