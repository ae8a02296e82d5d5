package arbiter.ruling;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Disputes;
import arbiter.event.CaseEventType;
import arbiter.event.CaseEvents;
import arbiter.evidence.CaseEvidence;
import arbiter.money.Money;
import arbiter.penalty.Ladder;
import arbiter.penalty.NoticeMail;
import arbiter.penalty.Penalties;
import arbiter.penalty.PenaltyGrade;
import arbiter.system.NotFound;
import arbiter.web.Bundles;

/**
 * Where rulings are made. A ruling is written with everything it sets off in one transaction, under a
 * lock on the case: the dispute's new state, the refund instruction (the outbox the relay delivers from)
 * and the penalty. Only the arbitrator holding the case in review may rule, only on the version of the case
 * they saw; so the same ruling sent twice, or two rulings at once, leave exactly one ruling and one refund.
 */
@ApplicationScoped
public class RulingDesk {

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @Inject
    Disputes disputes;

    @Inject
    CaseEvidence evidence;

    @Inject
    Penalties penalties;

    @Inject
    PolicyClauses clauses;

    @Inject
    RulingRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    Precedents precedents;

    @Inject
    Event<NoticeMail.Due> noticeDue;

    /** A ruling that could not be made, approved or sent back; {@code reason} says why. Nothing is stored. */
    public static class RulingRefused extends RuntimeException {

        /** Why (DESIGN "Ruling" and "Four eyes"). */
        public enum Reason {
            /** The case is not in review with this arbitrator. */
            NOT_HOLDER,
            /** The case changed since the form was opened (its version moved). */
            STALE,
            /** The clause cited is not an active clause. */
            CLAUSE_INACTIVE,
            /** The clause cited does not support the outcome, responsible party or penalty decided (DESIGN "Ruling"). */
            CLAUSE_MISMATCH,
            /** A message or photo marked as relied on is not of this case. */
            RELIED_ON_OTHER_CASE,
            /** The rationale template named does not exist (in that version). */
            TEMPLATE_UNKNOWN,
            /** The precedent cited is not the ruling in effect of another case. */
            PRECEDENT_UNKNOWN,
            /**
             * The ruling goes against at least 80 % of at least 10 close precedents and says not why (DESIGN "Ruling").
             */
            DEPARTURE_REASON_REQUIRED,
            /** The ruling is not waiting for approval (any more). */
            NOT_WAITING,
            /** A supervisor may not approve or send back their own ruling. */
            OWN_RULING
        }

        public final Reason reason;

        RulingRefused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    /** The ruling made, and the penalty it imposed when it took effect at once. */
    public record Made(Ruling ruling, Optional<Penalties.Imposed> penalty) {

        public boolean effective() {
            return ruling.state == RulingState.EFFECTIVE;
        }

        /** The ruling's id. */
        public long rulingId() {
            return ruling.id;
        }

        /** Whether the ruling forces a refund (of more than 0 fen). */
        public boolean refunds() {
            return ruling.refundMinor > 0;
        }
    }

    /** What a decision would do, shown before it is made. */
    public record Preview(Optional<Ladder.Impact> impact, boolean needsApproval) {
    }

    public Preview preview(String shopId, RulingDecision decision) {
        Optional<Ladder.Impact> impact = decision.grade().map(grade -> penalties.preview(shopId, grade));
        return new Preview(impact, needsApproval(decision, impact));
    }

    @Transactional
    public Made rule(long disputeId, String arbitrator, RulingDecision decision) {
        Disputes.UnderDecision dispute = disputes.lockForDecision(disputeId)
                .orElseThrow(() -> new NotFound("dispute " + disputeId));
        if (dispute.status() != DisputeStatus.IN_REVIEW || !arbitrator.equals(dispute.assignee())) {
            throw new RulingRefused(RulingRefused.Reason.NOT_HOLDER);
        }
        if (dispute.version() != decision.caseVersion()) {
            throw new RulingRefused(RulingRefused.Reason.STALE);
        }
        ClauseSupport support = clauses.citable(decision.clause())
                .orElseThrow(() -> new RulingRefused(RulingRefused.Reason.CLAUSE_INACTIVE));
        if (support.mismatch(decision.outcome(), decision.responsible(), decision.grade()).isPresent()) {
            throw new RulingRefused(RulingRefused.Reason.CLAUSE_MISMATCH);
        }
        List<String> evidenceHashes = evidence.hashesOf(disputeId);
        if (!evidenceHashes.containsAll(decision.reliedOn().photoHashes())
                || evidence.messagesOf(disputeId, decision.reliedOn().messageIds()) != decision.reliedOn().messageIds()
                        .size()) {
            throw new RulingRefused(RulingRefused.Reason.RELIED_ON_OTHER_CASE);
        }
        if (decision.template().isPresent()
                && RationaleTemplate.findByIdOptional(decision.template().get()).isEmpty()) {
            throw new RulingRefused(RulingRefused.Reason.TEMPLATE_UNKNOWN);
        }
        if (decision.citedPrecedent().isPresent() && !precedentOfAnotherCase(decision.citedPrecedent().get(), disputeId)) {
            throw new RulingRefused(RulingRefused.Reason.PRECEDENT_UNKNOWN);
        }
        boolean departure = precedents.of(disputeId).departsWith(decision.outcome());
        if (departure
                && decision.departureReason().map(String::strip).map(String::length).orElse(0) < RulingCheck.MIN_RATIONALE) {
            throw new RulingRefused(RulingRefused.Reason.DEPARTURE_REASON_REQUIRED);
        }
        Optional<Ladder.Impact> impact = decision.grade()
                .map(grade -> penalties.preview(dispute.shopId(), grade));
        boolean needsApproval = needsApproval(decision, impact);

        Ruling ruling = new Ruling();
        ruling.disputeId(disputeId);
        ruling.outcome = decision.outcome();
        ruling.refundMinor = decision.refund().minor();
        ruling.currency = decision.refund().currency().getCurrencyCode();
        ruling.responsibleParty = decision.responsible();
        ruling.penaltyGrade = decision.grade().orElse(null);
        ruling.clauseCode = decision.clause().code();
        ruling.clauseVersion = decision.clause().version();
        ruling.rationale = decision.rationale();
        ruling.arbitrator = arbitrator;
        ruling.ruledAt = clock.instant();
        ruling.secondsToRuling = java.time.Duration.between(dispute.escalatedAt(), ruling.ruledAt).toSeconds();
        ruling.slaMet = !ruling.ruledAt.isAfter(dispute.slaDueAt());
        ruling.evidenceHashes = evidenceHashes.toArray(String[]::new);
        ruling.reliedOnMessages = decision.reliedOn().messageIds().toArray(Long[]::new);
        ruling.reliedOnPhotos = decision.reliedOn().photoHashes().toArray(String[]::new);
        ruling.templateId = decision.template().map(RationaleTemplate.Key::id).orElse(null);
        ruling.templateVersion = decision.template().map(RationaleTemplate.Key::version).orElse(null);
        ruling.citedPrecedentId = decision.citedPrecedent().orElse(null);
        ruling.departure = departure;
        ruling.departureReason = departure ? decision.departureReason().map(String::strip).orElseThrow() : null;
        ruling.state = needsApproval ? RulingState.PENDING_APPROVAL : RulingState.EFFECTIVE;
        ruling.persist();
        audit.record(AuditAction.RULED, Target.dispute(disputeId), Map.of("status", DisputeStatus.IN_REVIEW.name()),
                summary(ruling));

        if (needsApproval) {
            disputes.awaitingApproval(disputeId);
            events.record(dispute.caseRef(), CaseEventType.RULING_PENDING_APPROVAL,
                    CaseEvents.data("outcome", ruling.outcome, "refund", refundOf(ruling)));
            return new Made(ruling, Optional.empty());
        }
        return new Made(ruling, execute(ruling, dispute));
    }

    /**
     * A supervisor approves a ruling waiting for approval: it takes effect and is executed now. The author
     * cannot approve their own ruling (the database refuses it too).
     */
    @Transactional
    public Made approve(long rulingId, String supervisor) {
        Ruling ruling = waiting(rulingId, supervisor);
        Disputes.UnderDecision dispute = disputes.lockForDecision(ruling.disputeId()).orElseThrow();
        ruling.state = RulingState.EFFECTIVE;
        ruling.reviewedBy = supervisor;
        ruling.reviewedAt = clock.instant();
        audit.record(AuditAction.RULING_APPROVED, Target.dispute(dispute.id()),
                Map.of("state", RulingState.PENDING_APPROVAL.name()), Map.of("state", RulingState.EFFECTIVE.name()));
        return new Made(ruling, execute(ruling, dispute));
    }

    /** A supervisor sends a ruling back with a reason: nothing is executed, the case returns to its arbitrator. */
    @Transactional
    public void reject(long rulingId, String supervisor, String reason) {
        Ruling ruling = waiting(rulingId, supervisor);
        long disputeId = ruling.disputeId();
        Disputes.UnderDecision dispute = disputes.lockForDecision(disputeId).orElseThrow();
        ruling.state = RulingState.SENT_BACK;
        ruling.reviewedBy = supervisor;
        ruling.reviewedAt = clock.instant();
        ruling.reviewReason = reason.strip();
        disputes.backInReview(disputeId, ruling.arbitrator);
        audit.record(AuditAction.RULING_REJECTED, Target.dispute(disputeId),
                Map.of("state", RulingState.PENDING_APPROVAL.name()),
                Map.of("state", RulingState.SENT_BACK.name(), "note", ruling.reviewReason));
        events.record(dispute.caseRef(), CaseEventType.RULING_SENT_BACK, Map.of());
    }

    /**
     * A heavy ruling waiting for a supervisor (DESIGN "Four eyes"), as the approvals page shows it.
     *
     * @param id the ruling's id
     * @param refund the forced refund as ruled (fen and currency)
     * @param penaltyGrade the penalty's grade, null for none
     * @param ruledAt when the arbitrator ruled (UTC)
     */
    public record AwaitingApproval(long id, long disputeId, String caseNo, String shopName, RulingOutcome outcome,
            Money refund, ResponsibleParty responsibleParty, PenaltyGrade penaltyGrade, String clauseCode,
            int clauseVersion, String rationale, String arbitrator, Instant ruledAt) {
    }

    /** The rulings waiting for approval, the oldest first. */
    public java.util.List<AwaitingApproval> waitingForApproval() {
        return Ruling.getEntityManager().createQuery("""
                select r, d.caseNo, s.name from Ruling r join r.dispute d join d.shop s
                where r.state = ?1 order by r.ruledAt""", Object[].class)
                .setParameter(1, RulingState.PENDING_APPROVAL).getResultStream()
                .map(row -> {
                    Ruling r = (Ruling) row[0];
                    return new AwaitingApproval(r.id, r.disputeId(), (String) row[1], (String) row[2], r.outcome,
                            r.refund(), r.responsibleParty, r.penaltyGrade, r.clauseCode, r.clauseVersion, r.rationale,
                            r.arbitrator, r.ruledAt);
                })
                .toList();
    }

    private Ruling waiting(long rulingId, String supervisor) {
        Ruling ruling = Ruling.getEntityManager().find(Ruling.class, rulingId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (ruling == null) {
            throw new NotFound("ruling " + rulingId);
        }
        if (ruling.state != RulingState.PENDING_APPROVAL) {
            throw new RulingRefused(RulingRefused.Reason.NOT_WAITING);
        }
        if (ruling.arbitrator.equals(supervisor)) {
            throw new RulingRefused(RulingRefused.Reason.OWN_RULING);
        }
        return ruling;
    }

    /** A ruling takes effect: the case is decided, the refund goes to the outbox, the penalty is imposed. */
    Optional<Penalties.Imposed> execute(Ruling ruling, Disputes.UnderDecision dispute) {
        Instant now = clock.instant();
        disputes.ruled(dispute.id(), ruling.outcome.result());
        events.record(dispute.caseRef(), CaseEventType.RULED, CaseEvents.data(
                "outcome", ruling.outcome, "refund", refundOf(ruling), "responsibleParty", ruling.responsibleParty,
                "penaltyGrade", ruling.penaltyGrade, "clause", ruling.clauseCode + "/" + ruling.clauseVersion));
        if (ruling.refundMinor > 0) {
            RefundInstruction refund = new RefundInstruction();
            refund.id = UUID.randomUUID();
            refund.rulingId = ruling.id;
            refund.disputeId = dispute.id();
            refund.amountMinor = ruling.refundMinor;
            refund.currency = ruling.currency;
            refund.state = RefundState.PENDING;
            refund.nextAttemptAt = now;
            refund.createdAt = now;
            refund.persist();
        }
        Optional<Penalties.Imposed> imposed = Optional.ofNullable(ruling.penaltyGrade)
                .map(grade -> penalties.impose(ruling.id, dispute.shopId(), grade));
        imposed.ifPresent(penalty -> noticeDue.fire(new NoticeMail.Due(penalty.notice().id(),
                facts(ruling, disputes.correspondence(dispute.id()).orElseThrow(), penalty))));
        return imposed;
    }

    /** The ruling's forced refund, or null when it refunds nothing (the event then names none). */
    private static Money refundOf(Ruling ruling) {
        return ruling.refundMinor > 0 ? Money.of(ruling.refundMinor, ruling.currency) : null;
    }

    private NoticeMail.Facts facts(Ruling ruling, Disputes.Correspondence dispute, Penalties.Imposed imposed) {
        PolicyClause clause = PolicyClause.findById(new PolicyClause.Key(ruling.clauseCode, ruling.clauseVersion));
        boolean chinese = dispute.shopLanguage().startsWith("zh");
        String clauseText = ruling.clauseCode + "/" + ruling.clauseVersion
                + (clause == null ? "" : " " + (chinese ? clause.titleZh : clause.titleEn));
        Instant start = imposed.penalty().effectiveAt();
        Instant end = imposed.impact().measure().flatMap(Ladder.Step::duration).map(start::plus).orElse(null);
        return new NoticeMail.Facts(dispute.shopName(), dispute.shopEmail(), dispute.shopLanguage(),
                dispute.caseNo(), Bundles.in(RulingMessages.class, dispute.shopLanguage()).outcome(ruling.outcome),
                ruling.rationale, clauseText,
                ruling.penaltyGrade, imposed.impact(), imposed.impact().measure().isPresent() ? start : null, end,
                imposed.notice().appealDeadline());
    }

    private boolean needsApproval(RulingDecision decision, Optional<Ladder.Impact> impact) {
        boolean largeRefund = decision.refund().minor() >= rules.approvalRefundFen();
        boolean heavyMeasure = impact.flatMap(Ladder.Impact::measure)
                .map(step -> step.threshold() >= rules.approvalMeasureThreshold())
                .orElse(false);
        return largeRefund || heavyMeasure;
    }

    private static Map<String, String> summary(Ruling ruling) {
        Map<String, String> after = new HashMap<>();
        after.put("outcome", ruling.outcome.name());
        after.put("refund", ruling.refund().display());
        after.put("responsible", ruling.responsibleParty.name());
        after.put("grade", ruling.penaltyGrade == null ? "" : ruling.penaltyGrade.name());
        after.put("clause", ruling.clauseCode + "/" + ruling.clauseVersion);
        after.put("state", ruling.state.name());
        return after;
    }

    /** Whether that ruling is in effect and of a case other than {@code disputeId}. */
    private static boolean precedentOfAnotherCase(long rulingId, long disputeId) {
        return Ruling.count("id = ?1 and state = ?2 and dispute.id <> ?3", rulingId, RulingState.EFFECTIVE, disputeId) == 1;
    }
}
