package arbiter.seller;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.Disputes;
import arbiter.penalty.Appeals;
import arbiter.penalty.Penalties;
import arbiter.penalty.PenaltyNotice;
import arbiter.ruling.PolicyClauses;
import arbiter.ruling.Rulings;

/**
 * A shop's penalty notices as its seller reads them, never another shop's: a notice of another shop is not
 * found, exactly like one that does not exist. The first reading is recorded, once, on the notice and in the
 * case's trail, where supervisors see it. Reads the notices, penalties, measures and appeals from
 * {@link Penalties} and {@link Appeals}, the rulings and clauses from {@link Rulings} and {@link PolicyClauses},
 * and the case numbers from {@link Disputes}, their owners.
 */
@ApplicationScoped
public class ShopNotices {

    @Inject
    AuditTrail audit;

    @Inject
    Penalties penalties;

    @Inject
    Appeals appeals;

    @Inject
    Rulings rulings;

    @Inject
    PolicyClauses clauses;

    @Inject
    Disputes disputes;

    /**
     * A notice with what it is about: the penalty, the ruling (of case {@code caseNo}) and its clause (empty when the
     * cited version is unknown), the measures the penalty started, the shop's appeal (empty when there is none).
     */
    public record NoticeView(Penalties.Notice notice, Penalties.Summary penalty, Rulings.Summary ruling, String caseNo,
            Optional<PolicyClauses.Clause> clause, List<Penalties.Measure> measures, Optional<Appeals.Summary> appeal) {

        /** The id of the penalty the notice announces, which an appeal names. */
        public long penaltyId() {
            return penalty.id();
        }

        /** The shop may still appeal: a penalty notice, in force, not appealed, before its deadline. */
        public boolean appealable(Instant now) {
            return notice.kind() == PenaltyNotice.Kind.PENALTY && penalty.reversedAt() == null && appeal.isEmpty()
                    && notice.appealDeadline() != null && !now.isAfter(notice.appealDeadline());
        }
    }

    /** A line of the notices list: the notice, its case and its penalty. */
    public record NoticeLine(Penalties.Notice notice, String caseNo, Penalties.Summary penalty) {
    }

    /**
     * The shop's notices, the newest first, each with its case number: three statements whatever their number (the
     * notices with their penalties, the rulings, the case numbers).
     */
    public List<NoticeLine> of(String shopId) {
        List<Penalties.NoticeOfPenalty> notices = penalties.noticesOf(shopId);
        Map<Long, Rulings.Summary> rulingsById = rulings.summaries(
                notices.stream().map(n -> n.penalty().rulingId()).collect(Collectors.toSet()));
        Set<Long> disputeIds = rulingsById.values().stream().map(Rulings.Summary::disputeId)
                .collect(Collectors.toSet());
        Map<Long, String> caseNos = disputes.caseNumbers(disputeIds);
        return notices.stream().map(n -> new NoticeLine(n.notice(),
                caseNos.get(rulingsById.get(n.penalty().rulingId()).disputeId()), n.penalty())).toList();
    }

    /** The notice of that id if it is the shop's, with what it is about; empty for another shop's, as for none. */
    public Optional<NoticeView> find(String shopId, long noticeId) {
        return penalties.noticeOf(shopId, noticeId).map(n -> {
            Rulings.Summary ruling = rulings.summary(n.penalty().rulingId()).orElseThrow();
            return new NoticeView(n.notice(), n.penalty(), ruling,
                    disputes.summary(ruling.disputeId()).orElseThrow().caseNo(),
                    clauses.find(ruling.clauseCode(), ruling.clauseVersion()), penalties.measuresOf(n.penalty().id()),
                    appeals.ofPenalty(n.penalty().id()));
        });
    }

    /** Records the shop's first reading of a notice; later readings change nothing. */
    @Transactional
    public void read(String shopId, long noticeId) {
        penalties.markRead(shopId, noticeId).ifPresent(read -> {
            long disputeId = rulings.summary(read.penalty().rulingId()).orElseThrow().disputeId();
            audit.record(AuditAction.NOTICE_READ, Target.dispute(disputeId), null,
                    Map.of("notice", Long.toString(read.notice().id()), "kind", read.notice().kind().name()));
        });
    }
}
