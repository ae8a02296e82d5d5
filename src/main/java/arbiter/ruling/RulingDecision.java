package arbiter.ruling;

import java.util.Optional;

import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;

/** A ruling form that passed every check, in the domain's types. */
public record RulingDecision(
        RulingOutcome outcome,
        Money refund,
        ResponsibleParty responsible,
        Optional<PenaltyGrade> grade,
        PolicyClause.Key clause,
        String rationale,
        long caseVersion) {
}
