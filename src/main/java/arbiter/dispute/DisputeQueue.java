package arbiter.dispute;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;

import arbiter.money.Money;
import arbiter.penalty.PointsCalendar;

/** The arbitration queue as the home pages summarise it. */
@ApplicationScoped
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

    @Inject
    QueueSnapshots snapshots;

    public long countUnclaimed() {
        return Dispute.count("status = ?1 and assignee is null", DisputeStatus.ESCALATED);
    }

    public long countHeldBy(String username) {
        return Dispute.count("assignee = ?1 and status in ?2", username,
                EnumSet.of(DisputeStatus.IN_REVIEW, DisputeStatus.AWAITING_EVIDENCE));
    }

    /**
     * Open cases whose SLA clock runs and runs out within the warning window. A paused clock (the case waits on a
     * party) is not running out, and an ended one (a ruling awaits approval) has nothing left to run.
     */
    public long countDueSoon() {
        Instant now = clock.instant();
        return Dispute.count("status in ?1 and slaPausedAt is null and slaStoppedAt is null"
                + " and slaDueAt >= ?2 and slaDueAt < ?3", OPEN, now, now.plus(sla.warning()));
    }

    /**
     * Open cases past their due time by the paused clock: a running clock past it now, a paused one that was past it
     * when the wait began. A case whose ruling awaits approval was ruled, so it is not overdue.
     */
    public long countOverdue() {
        return Dispute.count("status in ?1 and slaStoppedAt is null and slaDueAt < coalesce(slaPausedAt, ?2)", OPEN,
                clock.instant());
    }

    public long countInStatus(DisputeStatus status) {
        return Dispute.count("status", status);
    }

    public long countOpenForShop(String shopId) {
        return Dispute.count("shop.id = ?1 and status in ?2", shopId, OPEN);
    }

    /** One shop's disputes, the latest escalated first. */
    public QueuePage ofShop(String shopId, QueueFilter.Cursor after, int size) {
        QueueSql sql = new QueueSql();
        sql.add("d.shop_id = ?", shopId);
        QueueSql.Order order = QueueSql.Order.ESCALATED;
        List<QueueRow> rows = fetch(List.of(), sql.page(EnumSet.allOf(DisputeStatus.class), order, after), "NULL",
                order.orderBy(), size + 1).rows();
        if (rows.size() <= size) {
            return new QueuePage(rows, null, Map.of());
        }
        return new QueuePage(rows.subList(0, size), order.cursor(rows.get(size - 1)), Map.of());
    }

    /** Open cases past their SLA by the paused clock ({@link #countOverdue()}), the longest overdue first. */
    public List<QueueRow> overdue(int limit) {
        QueueSql sql = new QueueSql().page(OPEN, QueueSql.Order.SLA, null);
        sql.add(QueueSql.OVERDUE, java.sql.Timestamp.from(clock.instant()));
        return fetch(List.of(), sql, "NULL", QueueSql.Order.SLA.orderBy(), limit).rows();
    }

    /**
     * A page of the queue as {@code filter} states it, seen by {@code viewer}; keyset paging, no OFFSET. One
     * statement brings the counts and the rows together, as the queue is the page arbitrators load all day; and
     * a page already read is served again, after one read of the change counter, while nothing has changed.
     */
    public QueuePage page(QueueFilter filter, String viewer, int size) {
        if (filter.dueSoon()) {
            return read(filter, viewer, size); // what is due soon depends on the time, not only on the data
        }
        String view = filter.query(filter.after()) + "|" + (filter.mine() ? viewer : "") + "|" + size + "|"
                + pointsCalendar.yearOf(clock.instant());
        return snapshots.page(view, changes(), () -> read(filter, viewer, size));
    }

    /**
     * The queue's change counter (V8): the sum of its slots, which only grows. Read before every queue page, so
     * through plain JDBC like {@link #fetch}: a native query's parsing and result mapping cost more than this
     * one-row statement.
     */
    private long changes() {
        String statement = "SELECT coalesce(sum(n), 0) FROM queue_changes";
        JdbcCoordinator jdbc = Dispute.getEntityManager().unwrap(SessionImplementor.class).getJdbcCoordinator();
        PreparedStatement query = jdbc.getStatementPreparer().prepareStatement(statement);
        try {
            ResultSet r = jdbc.getResultSetReturn().extract(query, statement);
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the queue's change counter could not be read", e);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(query);
            jdbc.afterStatementExecution();
        }
    }

    private QueuePage read(QueueFilter filter, String viewer, int size) {
        QueueSql narrowing = QueueSql.narrowing(filter, viewer, clock.instant(), sla.warning());
        QueueSql.Order order = QueueSql.Order.of(filter.sort());
        QueuePage fetched = fetch(narrowing.values, narrowing.page(filter.statuses(), order, filter.after()),
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
     * Rows with their shop's points this year (a correlated sum on the ledger's index) and whether the case holds a
     * photo of a reuse cluster (issue 17; a probe of the case's evidence on its index), beside the counts
     * expression (whose parameters are {@code countValues}): the one counts row is joined to the page's rows,
     * so an empty page still brings its counts. Plain JDBC, as this is the statement run most often of all and
     * a native query's result mapping cost more than the statement itself.
     */
    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private QueuePage fetch(List<Object> countValues, QueueSql sql, String countsSql, String orderBy, int limit) {
        String statement = """
                SELECT c.counts, r.*
                FROM (SELECT %s AS counts) c
                LEFT JOIN LATERAL (
                    SELECT d.id, d.case_no, d.reason, d.amount_paid, d.currency, s.id AS shop_id, s.name,
                           d.escalated_at, d.sla_due_at, d.status, d.assignee,
                           (SELECT coalesce(sum(p.delta), 0) FROM points_ledger p
                            WHERE p.shop_id = s.id AND p.points_year = ?) AS points,
                           d.sla_paused_at, d.sla_stopped_at, d.no_answer_from_seller, d.no_answer_from_buyer,
                           EXISTS (SELECT 1 FROM evidence_items e JOIN photos ph ON ph.sha256 = e.photo_sha256
                                   WHERE e.dispute_id = d.id AND ph.reuse_cluster IS NOT NULL) AS reused_photo
                    FROM disputes d JOIN shops s ON s.id = d.shop_id
                    WHERE %s
                    ORDER BY %s
                    LIMIT %d) r ON TRUE
                ORDER BY %s""".formatted(countsSql, sql.whereClause(), orderBy, limit, orderBy.replace("d.", "r."));
        List<Object> values = new ArrayList<>(countValues);
        values.add(pointsCalendar.yearOf(clock.instant()));
        values.addAll(sql.values);
        // Through the session's JDBC coordinator, so the statement is counted and released like Hibernate's own.
        JdbcCoordinator jdbc = Dispute.getEntityManager().unwrap(SessionImplementor.class).getJdbcCoordinator();
        PreparedStatement query = jdbc.getStatementPreparer().prepareStatement(statement);
        try {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            ResultSet r = jdbc.getResultSetReturn().extract(query, statement);
            List<QueueRow> rows = new ArrayList<>(limit);
            String counts = null;
            while (r.next()) {
                counts = r.getString(1);
                if (r.getObject(2) != null) {
                    rows.add(new QueueRow(r.getLong(2), r.getString(3), DisputeReason.valueOf(r.getString(4)),
                            Money.of(r.getLong(5), r.getString(6)), r.getString(7), r.getString(8), r.getInt(13),
                            r.getTimestamp(9).toInstant(), r.getTimestamp(10).toInstant(),
                            DisputeStatus.valueOf(r.getString(11)), r.getString(12), instant(r.getTimestamp(14)),
                            instant(r.getTimestamp(15)), SlaClock.noAnswerFrom(r.getBoolean(16), r.getBoolean(17)),
                            r.getBoolean(18)));
                }
            }
            return new QueuePage(rows, null, counts == null ? Map.of() : StatusCounts.parse(counts));
        } catch (SQLException e) {
            throw new IllegalStateException("the queue could not be read", e);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(query);
            jdbc.afterStatementExecution();
        }
    }
}
