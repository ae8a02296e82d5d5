package arbiter.ruling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;

/** Reading what was ruled on a case and where its refund stands. */
@ApplicationScoped
public class Rulings {

    public Optional<Ruling> effectiveFor(long disputeId) {
        return Ruling.find("dispute.id = ?1 and state = ?2", disputeId, RulingState.EFFECTIVE).firstResultOptional();
    }

    /**
     * The latest ruling of a case as its page shows it, with where the case's refund stands.
     *
     * @param outcome what was decided
     * @param refund the refund the seller is to make (fen in its currency; zero when none)
     * @param state where the ruling stands (awaiting approval, effective, ...)
     * @param responsibleParty who was held responsible
     * @param penaltyGrade the penalty's grade; null when there is no penalty
     * @param clauseCode the policy clause cited, by code
     * @param clauseVersion the version of that clause
     * @param rationale the arbitrator's reasons
     * @param refundState where the delivery of the case's forced refund stands; null while the case has no refund
     *        instruction
     */
    public record CaseRuling(RulingOutcome outcome, Money refund, RulingState state, ResponsibleParty responsibleParty,
            PenaltyGrade penaltyGrade, String clauseCode, int clauseVersion, String rationale,
            RefundState refundState, Long citedPrecedentDisputeId, String citedPrecedentCaseNo, String departureReason) {
    }

    /**
     * The latest ruling of a case, whatever its state, as a {@link CaseRuling} with the state of the case's refund
     * instruction, in one query; empty when the case has no ruling (or there is no such case).
     */
    public Optional<CaseRuling> caseRuling(long disputeId) {
        return Ruling.getEntityManager().createQuery("""
                select r.outcome, r.refundMinor, r.currency, r.state, r.responsibleParty, r.penaltyGrade, r.clauseCode,
                    r.clauseVersion, r.rationale, i.state, pd.id, pd.caseNo, r.departureReason
                from Ruling r left join RefundInstruction i on i.disputeId = r.dispute.id
                    left join Ruling p on p.id = r.citedPrecedentId left join p.dispute pd
                where r.dispute.id = ?1 order by r.ruledAt desc, r.id desc""", Object[].class)
                .setParameter(1, disputeId).setMaxResults(1).getResultStream().findFirst()
                .map(c -> new CaseRuling((RulingOutcome) c[0], Money.of((Long) c[1], (String) c[2]),
                        (RulingState) c[3], (ResponsibleParty) c[4], (PenaltyGrade) c[5], (String) c[6],
                        (Integer) c[7], (String) c[8], (RefundState) c[9], (Long) c[10], (String) c[11],
                        (String) c[12]));
    }

    /**
     * A ruling as the other features show it (a record, not the entity).
     *
     * @param id the ruling's id
     * @param disputeId the dispute it decides
     * @param outcome what was decided
     * @param refund the refund the seller is to make (fen in its currency; zero when none)
     * @param responsibleParty who was held responsible
     * @param penaltyGrade the penalty's grade; null when there is no penalty
     * @param clauseCode the policy clause cited, by code
     * @param clauseVersion the version of that clause
     * @param rationale the arbitrator's reasons
     * @param arbitrator the username of the arbitrator who ruled
     * @param ruledAt when it was ruled (UTC instant)
     * @param evidenceHashes the SHA-256 (hex) of each evidence photo in the case when it was ruled, in order
     * @param state where the ruling stands (awaiting approval, effective, ...)
     * @param reliedOn the chat messages and photos the arbitrator marked as relied on
     */
    public record Summary(long id, long disputeId, RulingOutcome outcome, Money refund,
            ResponsibleParty responsibleParty, PenaltyGrade penaltyGrade, String clauseCode, int clauseVersion,
            String rationale, String arbitrator, Instant ruledAt, List<String> evidenceHashes, RulingState state,
            ReliedOn reliedOn) {

        static Summary of(Ruling r) {
            return new Summary(r.id, r.disputeId(), r.outcome, r.refund(), r.responsibleParty, r.penaltyGrade,
                    r.clauseCode, r.clauseVersion, r.rationale, r.arbitrator, r.ruledAt, List.of(r.evidenceHashes),
                    r.state, r.reliedOn());
        }
    }

    /** The ruling of that id as a {@link Summary}; empty when there is none. */
    public Optional<Summary> summary(long rulingId) {
        return Ruling.<Ruling> findByIdOptional(rulingId).map(Summary::of);
    }

    /**
     * The rulings of these ids as {@link Summary} records by id, in one statement (none for no ids); an id without
     * a ruling has no entry.
     */
    public Map<Long, Summary> summaries(Collection<Long> rulingIds) {
        if (rulingIds.isEmpty()) {
            return Map.of();
        }
        return Ruling.<Ruling> list("id in ?1", rulingIds).stream().map(Summary::of)
                .collect(Collectors.toMap(Summary::id, Function.identity()));
    }

    /**
     * What was decided on a case, as the platform follows it (API {@code GET /api/v1/disputes/{id}}): the effective
     * ruling's outcome and forced refund, in fen of {@code currency}, all null while no ruling is effective; and where
     * the refund's delivery stands, null while there is no refund instruction.
     */
    public record Decided(RulingOutcome outcome, Long refundMinor, String currency, RefundState refundState) {
    }

    /** What was decided on a case so far ({@link Decided}; every field null before a ruling). */
    public Decided decidedFor(long disputeId) {
        Optional<Ruling> ruling = effectiveFor(disputeId);
        return new Decided(ruling.map(r -> r.outcome).orElse(null), ruling.map(r -> r.refundMinor).orElse(null),
                ruling.map(r -> r.currency).orElse(null), refundStateFor(disputeId).orElse(null));
    }

    /** Where the delivery of a case's forced refund stands, if the case has a refund instruction. */
    public Optional<RefundState> refundStateFor(long disputeId) {
        return refundFor(disputeId).map(r -> r.state);
    }

    public Optional<RefundInstruction> refundFor(long disputeId) {
        return RefundInstruction.find("disputeId", disputeId).firstResultOptional();
    }
}
