package arbiter.dispute;

import arbiter.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import arbiter.penalty.PointsCalendar;
import arbiter.penalty.PointsEntry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The arbitration queue as the home pages summarise it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisputeQueue {

    /** Statuses in which a case is being worked and counts against its SLA. */
    static final Set<DisputeStatus> OPEN = EnumSet.of(
            DisputeStatus.ESCALATED, DisputeStatus.IN_REVIEW, DisputeStatus.AWAITING_EVIDENCE,
            DisputeStatus.PENDING_APPROVAL);

    /** Points years follow the calendar in China (DESIGN.md, "Graded seller penalties"). */

    @Inject
    Clock clock;

    @Inject
    PointsCalendar pointsCalendar;

    @Inject
    SlaRules sla;

    @Inject
    StatusCounts statusCounts;

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
        return rows("s.id = :shop", "d.escalatedAt desc, d.id desc", limit, Map.of("shop", shopId));
    }

    /** A page of the queue as {@code filter} states it, seen by {@code viewer}; keyset paging, no OFFSET. */
    public QueuePage page(QueueFilter filter, String viewer, int size) {
        Instant now = clock.instant();
        List<String> where = new ArrayList<>();
        List<String> sqlWhere = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.reason() != null) {
            where.add("d.reason = :reason");
            sqlWhere.add("d.reason = :reason");
            parameters.put("reason", filter.reason());
        }
        if (filter.minFen() != null) {
            where.add("d.amountPaidMinor >= :min");
            sqlWhere.add("d.amount_paid >= :min");
            parameters.put("min", filter.minFen());
        }
        if (filter.maxFen() != null) {
            where.add("d.amountPaidMinor <= :max");
            sqlWhere.add("d.amount_paid <= :max");
            parameters.put("max", filter.maxFen());
        }
        if (filter.mine()) {
            where.add("d.assignee = :viewer");
            sqlWhere.add("d.assignee = :viewer");
            parameters.put("viewer", viewer);
        }
        if (filter.unassigned()) {
            where.add("d.assignee is null");
            sqlWhere.add("d.assignee IS NULL");
        }
        if (filter.dueSoon()) {
            where.add("d.slaDueAt < :soon");
            sqlWhere.add("d.sla_due_at < :soon");
            parameters.put("soon", now.plus(sla.warning()));
        }
        Map<DisputeStatus, Long> counts = statusCounts.of(sqlWhere, parameters);

        List<String> pageWhere = new ArrayList<>(where);
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        // Written out rather than bound, so that the planner can use the index of the open statuses.
        pageWhere.add("d.status in (" + filter.statuses().stream()
                .map(status -> DisputeStatus.class.getName() + "." + status.name())
                .collect(Collectors.joining(", ")) + ")");
        SortKey key = SortKey.of(filter.sort());
        if (filter.after() != null) {
            pageWhere.add("(" + key.field + " " + key.beyond + " :afterKey or (" + key.field + " = :afterKey and d.id "
                    + key.beyond + " :afterId))");
            pageParameters.put("afterKey", key.value(filter.after().key()));
            pageParameters.put("afterId", filter.after().id());
        }
        List<QueueRow> rows = rows(String.join(" and ", pageWhere), key.field + " " + key.direction + ", d.id "
                + key.direction, size + 1, pageParameters);
        QueueFilter.Cursor next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = key.cursor(rows.get(size - 1));
        }
        return new QueuePage(rows, next, counts);
    }

    /** How the queue can be ordered: the field, its direction, and the cursor value of a row. */
    private enum SortKey {
        SLA("d.slaDueAt", "asc"),
        AMOUNT("d.amountPaidMinor", "desc"),
        ESCALATED("d.escalatedAt", "desc");

        final String field;
        final String direction;
        final String beyond;

        SortKey(String field, String direction) {
            this.field = field;
            this.direction = direction;
            this.beyond = direction.equals("asc") ? ">" : "<";
        }

        static SortKey of(QueueFilter.Sort sort) {
            return valueOf(sort.name());
        }

        Object value(long key) {
            return this == AMOUNT ? key : Instant.ofEpochMilli(key);
        }

        QueueFilter.Cursor cursor(QueueRow row) {
            long key = switch (this) {
                case SLA -> row.slaDueAt().toEpochMilli();
                case AMOUNT -> row.amountPaid().minor();
                case ESCALATED -> row.escalatedAt().toEpochMilli();
            };
            return new QueueFilter.Cursor(key, row.id());
        }
    }


    private List<QueueRow> rows(String where, String orderBy, int limit, Map<String, Object> parameters) {
        var query = Dispute.getEntityManager().createQuery("""
                select d.id, d.caseNo, d.reason, d.amountPaidMinor, d.currency, s.id, s.name, d.escalatedAt,
                       d.slaDueAt, d.status, d.assignee
                from Dispute d join d.shop s
                where %s
                order by %s""".formatted(where, orderBy), Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> found = query.setMaxResults(limit).getResultList();
        Set<String> shops = found.stream().map(r -> (String) r[5]).collect(Collectors.toSet());
        Map<String, Integer> points = PointsEntry.pointsOf(shops, pointsCalendar.yearOf(clock.instant()));
        return found.stream()
                .map(r -> new QueueRow((Long) r[0], (String) r[1], (DisputeReason) r[2],
                        Money.of((Long) r[3], (String) r[4]), (String) r[5], (String) r[6],
                        points.getOrDefault((String) r[5], 0), (Instant) r[7], (Instant) r[8],
                        (DisputeStatus) r[9], (String) r[10]))
                .toList();
    }
}
