package arbiter.seller;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.penalty.Appeal;
import arbiter.penalty.Penalty;
import arbiter.penalty.PenaltyNotice;
import arbiter.penalty.ShopMeasure;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.Ruling;

/**
 * A shop's penalty notices as its seller reads them, never another shop's: a notice of another shop is not
 * found, exactly like one that does not exist. The first reading is recorded, once, on the notice and in the
 * case's trail, where supervisors see it.
 */
@ApplicationScoped
public class ShopNotices {

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A notice with what it is about: the penalty, the ruling and its clause, the measure, the appeal. */
    public record NoticeView(PenaltyNotice notice, Penalty penalty, Ruling ruling, Optional<PolicyClause> clause,
            List<ShopMeasure> measures, Optional<Appeal> appeal) {

        /** The id of the penalty the notice announces, which an appeal names. */
        public long penaltyId() {
            return penalty.id;
        }

        /** The shop may still appeal: a penalty notice, in force, not appealed, before its deadline. */
        public boolean appealable(java.time.Instant now) {
            return notice.kind == PenaltyNotice.Kind.PENALTY && penalty.reversedAt == null && appeal.isEmpty()
                    && notice.appealDeadline != null && !now.isAfter(notice.appealDeadline);
        }
    }

    /** A line of the notices list: the notice, its case and its penalty. */
    public record NoticeLine(PenaltyNotice notice, String caseNo, Penalty penalty) {
    }

    public List<NoticeLine> of(String shopId) {
        return PenaltyNotice.getEntityManager().createQuery("""
                select n, r.dispute.caseNo, p from PenaltyNotice n, Penalty p, Ruling r
                where p.id = n.penaltyId and r.id = p.rulingId and n.shopId = ?1
                order by n.createdAt desc, n.id desc""", Object[].class)
                .setParameter(1, shopId).getResultList().stream()
                .map(r -> new NoticeLine((PenaltyNotice) r[0], (String) r[1], (Penalty) r[2])).toList();
    }

    public Optional<NoticeView> find(String shopId, long noticeId) {
        PenaltyNotice notice = PenaltyNotice.findById(noticeId);
        if (notice == null || !notice.shopId.equals(shopId)) {
            return Optional.empty();
        }
        Penalty penalty = Penalty.findById(notice.penaltyId);
        Ruling ruling = Ruling.findById(penalty.rulingId);
        Optional<PolicyClause> clause = PolicyClause.findByIdOptional(
                new PolicyClause.Key(ruling.clauseCode, ruling.clauseVersion));
        return Optional.of(new NoticeView(notice, penalty, ruling, clause,
                ShopMeasure.list("penaltyId = ?1 order by startsAt", penalty.id),
                Appeal.find("penaltyId", penalty.id).firstResultOptional()));
    }

    /** Records the shop's first reading of a notice; later readings change nothing. */
    @Transactional
    public void read(String shopId, long noticeId) {
        PenaltyNotice notice = PenaltyNotice.findById(noticeId);
        if (notice == null || !notice.shopId.equals(shopId) || notice.firstReadAt != null) {
            return;
        }
        if (PenaltyNotice.update("firstReadAt = ?1 where id = ?2 and firstReadAt is null", clock.instant(),
                noticeId) == 1) {
            Ruling ruling = Ruling.findById(Penalty.<Penalty> findById(notice.penaltyId).rulingId);
            audit.record(AuditAction.NOTICE_READ, Target.dispute(ruling.dispute.id), null,
                    Map.of("notice", notice.id.toString(), "kind", notice.kind.name()));
        }
    }
}
