package arbiter.ruling;

import java.util.Optional;

import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;

/**
 * A ruling form that passed every check, in the domain's types.
 *
 * @param refund the forced refund (fen and currency); 0 for a rejected claim
 * @param grade the seller's penalty; empty for none
 * @param caseVersion the case's version the arbitrator saw (the desk refuses another)
 * @param reliedOn the chat messages and photos marked as relied on
 * @param template the rationale template version the rationale started from; empty for none
 */
public record RulingDecision(
        RulingOutcome outcome,
        Money refund,
        ResponsibleParty responsible,
        Optional<PenaltyGrade> grade,
        PolicyClause.Key clause,
        String rationale,
        long caseVersion,
        ReliedOn reliedOn,
        Optional<RationaleTemplate.Key> template) {

    /** A decision that marks no evidence as relied on. */
    public RulingDecision(RulingOutcome outcome, Money refund, ResponsibleParty responsible, Optional<PenaltyGrade> grade,
            PolicyClause.Key clause, String rationale, long caseVersion) {
        this(outcome, refund, responsible, grade, clause, rationale, caseVersion, ReliedOn.NONE, Optional.empty());
    }
}
