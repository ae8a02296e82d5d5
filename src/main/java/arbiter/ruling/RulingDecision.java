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
 * @param citedPrecedent the id of the ruling in effect of a close case the arbitrator cites; empty for none
 * @param departureReason why the ruling goes against most close precedents (issue 17), at least
 *        {@link RulingCheck#MIN_RATIONALE} characters; empty when none was written
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
        Optional<RationaleTemplate.Key> template,
        Optional<Long> citedPrecedent,
        Optional<String> departureReason) {

    /** A decision that cites no precedent and gives no reason to depart from them. */
    public RulingDecision(RulingOutcome outcome, Money refund, ResponsibleParty responsible, Optional<PenaltyGrade> grade,
            PolicyClause.Key clause, String rationale, long caseVersion, ReliedOn reliedOn,
            Optional<RationaleTemplate.Key> template) {
        this(outcome, refund, responsible, grade, clause, rationale, caseVersion, reliedOn, template, Optional.empty(),
                Optional.empty());
    }

    /** A decision that marks no evidence as relied on. */
    public RulingDecision(RulingOutcome outcome, Money refund, ResponsibleParty responsible, Optional<PenaltyGrade> grade,
            PolicyClause.Key clause, String rationale, long caseVersion) {
        this(outcome, refund, responsible, grade, clause, rationale, caseVersion, ReliedOn.NONE, Optional.empty());
    }
}
