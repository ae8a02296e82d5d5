package arbiter.ruling;

import java.util.Map;
import java.util.Optional;

import arbiter.penalty.PenaltyGrade;
import io.quarkus.arc.Arc;

/**
 * For tests that rule but are not about clauses: the first active clause (by code) that supports the outcome, party and
 * grade, as V18 declares them. Fails the test when no clause fits (the test then asks for a ruling the policy refuses).
 */
public final class FittingClause {

    private FittingClause() {
    }

    public static PolicyClause.Key of(RulingOutcome outcome, ResponsibleParty party, Optional<PenaltyGrade> grade) {
        Map<PolicyClause.Key, ClauseSupport> active = Arc.container().instance(PolicyClauses.class).get()
                .activeSupport();
        return active.entrySet().stream()
                .filter(clause -> clause.getValue().mismatch(outcome, party, grade).isEmpty())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No active clause fits " + outcome + " " + party + " " + grade));
    }
}
