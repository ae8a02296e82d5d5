package arbiter.ruling;

import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import java.util.Optional;

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
