package arbiter.dispute;

import arbiter.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
        return rows("d.status in :open", "d.slaDueAt, d.id", limit, Map.of("open", OPEN));
    }

    /** One shop's disputes, the latest escalated first. */
    public List<QueueRow> ofShop(String shopId, int limit) {
        return rows("s.id = :shop", "d.escalatedAt desc, d.id desc", limit, Map.of("shop", shopId));
    }

    private List<QueueRow> rows(String where, String orderBy, int limit, Map<String, Object> parameters) {
        var query = Dispute.getEntityManager().createQuery("""
                select d.id, d.caseNo, d.reason, d.amountPaidMinor, d.currency, s.name, d.escalatedAt, d.slaDueAt,
                       d.status, d.assignee
                from Dispute d join d.shop s
                where %s
                order by %s""".formatted(where, orderBy), Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit)
                .getResultStream()
                .map(r -> new QueueRow((Long) r[0], (String) r[1], (DisputeReason) r[2],
                        Money.of((Long) r[3], (String) r[4]), (String) r[5], (Instant) r[6], (Instant) r[7],
                        (DisputeStatus) r[8], (String) r[9]))
                .toList();
    }
}
