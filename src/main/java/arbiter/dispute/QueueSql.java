package arbiter.dispute;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A queue view as SQL: the conditions a filter sets (alias {@code d} for disputes), the values of their
 * {@code ?} parameters in the order they appear, and the order and keyset of its sort. Only constants and
 * bound parameters go into the text, never request input.
 */
final class QueueSql {

    /**
     * Past the due time by the paused clock (DESIGN "Dispute lifecycle"): a running clock now ({@code ?}), a paused
     * one when its wait began; never a clock that ended (a ruling awaits approval).
     */
    static final String OVERDUE = "d.sla_stopped_at IS NULL AND d.sla_due_at < coalesce(d.sla_paused_at, ?)";

    /**
     * Within the warning window ({@code ?} is now plus the window) or past it, by the paused clock: a paused case only
     * when it was overdue as its wait began, as a paused clock does not run out.
     */
    static final String DUE_SOON = "d.sla_stopped_at IS NULL AND d.sla_due_at < ?"
            + " AND (d.sla_paused_at IS NULL OR d.sla_due_at < d.sla_paused_at)";

    final List<String> where = new ArrayList<>();
    final List<Object> values = new ArrayList<>();

    /**
     * The conditions of the filter's narrowing (reason, amounts, shop, buyer, mine, unassigned, due soon), not its statuses.
     */
    static QueueSql narrowing(QueueFilter filter, String viewer, Instant now, Duration warning) {
        QueueSql sql = new QueueSql();
        if (filter.reason() != null) {
            sql.add("d.reason = ?", filter.reason().name());
        }
        if (filter.minFen() != null) {
            sql.add("d.amount_paid >= ?", filter.minFen());
        }
        if (filter.maxFen() != null) {
            sql.add("d.amount_paid <= ?", filter.maxFen());
        }
        if (filter.shop() != null) {
            sql.add("d.shop_id = ?", filter.shop());
        }
        if (filter.buyer() != null) {
            sql.add("d.buyer_id = ?", filter.buyer());
        }
        if (filter.mine()) {
            sql.add("d.assignee = ?", viewer);
        }
        if (filter.unassigned()) {
            sql.where.add("d.assignee IS NULL");
        }
        if (filter.dueSoon()) {
            sql.add(DUE_SOON, Timestamp.from(now.plus(warning)));
        }
        return sql;
    }

    /** This view's page: its statuses (written out, so the planner can use the open statuses' index) and keyset. */
    QueueSql page(Set<DisputeStatus> statuses, Order order, QueueFilter.Cursor after) {
        QueueSql sql = new QueueSql();
        sql.where.addAll(where);
        sql.values.addAll(values);
        sql.where.add("d.status IN (" + statuses.stream().map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ")) + ")");
        if (after != null) {
            // The first condition bounds the index range, so page 10,000 starts where it begins instead of
            // filtering its way there; the second drops the rows of the previous page that share its key.
            Object key = order.value(after.key());
            sql.add(order.column + " " + order.beyond + "= ? AND (" + order.column + " " + order.beyond
                    + " ? OR d.id " + order.beyond + " ?)", key, key, after.id());
        }
        return sql;
    }

    String whereClause() {
        return where.isEmpty() ? "TRUE" : String.join(" AND ", where);
    }

    void add(String condition, Object... conditionValues) {
        where.add(condition);
        values.addAll(List.of(conditionValues));
    }

    /** How the queue can be ordered: the column, its direction, and the cursor value of a row. */
    enum Order {
        SLA("d.sla_due_at", "ASC"),
        AMOUNT("d.amount_paid", "DESC"),
        ESCALATED("d.escalated_at", "DESC");

        final String column;
        final String direction;
        final String beyond;

        Order(String column, String direction) {
            this.column = column;
            this.direction = direction;
            this.beyond = direction.equals("ASC") ? ">" : "<";
        }

        static Order of(QueueFilter.Sort sort) {
            return valueOf(sort.name());
        }

        String orderBy() {
            return column + " " + direction + ", d.id " + direction;
        }

        Object value(long key) {
            return this == AMOUNT ? (Object) key : Timestamp.from(QueueFilter.Cursor.instantOf(key));
        }

        QueueFilter.Cursor cursor(QueueRow row) {
            long key = switch (this) {
                case SLA -> QueueFilter.Cursor.micros(row.slaDueAt());
                case AMOUNT -> row.amountPaid().minor();
                case ESCALATED -> QueueFilter.Cursor.micros(row.escalatedAt());
            };
            return new QueueFilter.Cursor(key, row.id());
        }
    }
}
