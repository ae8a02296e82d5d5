package arbiter.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import arbiter.dispute.DisputeReason;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.ClauseSupport;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingOutcome;

/**
 * The clause and grade a demo ruling cites, as an arbitrator would choose them under clauses that declare what they
 * support (V18; issue 16): the clause of the case's reason ({@code BUY-1} for a rejected claim) when it supports the
 * outcome and the party, else the first active clause that does; then the grade wanted when that clause supports it,
 * else its supported grade nearest to it (the lighter of two as near), none when it supports none, and its lightest
 * when it requires a penalty and none was wanted. What it returns fits the clause whatever the case.
 */
final class DemoCitation {

    /** The clause cited and the penalty's grade (empty for none). */
    record Citation(PolicyClause.Key clause, Optional<PenaltyGrade> grade) {
    }

    private DemoCitation() {
    }

    /**
     * @param active the active clauses with what each supports ({@code PolicyClauses.activeSupport()})
     * @throws IllegalStateException when no active clause supports the outcome and party at all
     */
    static Citation choose(DisputeReason reason, RulingOutcome outcome, ResponsibleParty party,
            Optional<PenaltyGrade> wanted, Map<PolicyClause.Key, ClauseSupport> active) {
        PolicyClause.Key own = new PolicyClause.Key(outcome == RulingOutcome.REJECTED ? "BUY-1" : clauseOf(reason), 1);
        PolicyClause.Key clause = supports(active.get(own), outcome, party) ? own
                : active.entrySet().stream().filter(c -> supports(c.getValue(), outcome, party))
                        .map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No clause supports " + outcome + " " + party));
        return new Citation(clause, fitting(active.get(clause), wanted));
    }

    private static boolean supports(ClauseSupport support, RulingOutcome outcome, ResponsibleParty party) {
        return support != null && support.outcomes().contains(outcome) && support.parties().contains(party);
    }

    private static Optional<PenaltyGrade> fitting(ClauseSupport support, Optional<PenaltyGrade> wanted) {
        List<PenaltyGrade> supported = support.gradesInOrder();
        if (supported.isEmpty()) {
            return Optional.empty();
        }
        if (wanted.map(supported::contains).orElse(!support.penaltyRequired())) {
            return wanted;
        }
        int target = wanted.map(PenaltyGrade::ordinal).orElse(0);
        return supported.stream().min(Comparator.comparingInt(g -> Math.abs(g.ordinal() - target) * 2
                + (g.ordinal() > target ? 1 : 0)));
    }

    private static String clauseOf(DisputeReason reason) {
        return switch (reason) {
            case NOT_AS_DESCRIBED -> "DESC-1";
            case QUALITY -> "QUAL-1";
            case NOT_RECEIVED -> "DELIV-1";
            case DAMAGED -> "DMG-1";
            case COUNTERFEIT -> "FAKE-1";
            case MISSING_PARTS -> "PART-1";
            case RETURN_REFUSED -> "RET-1";
        };
    }
}
