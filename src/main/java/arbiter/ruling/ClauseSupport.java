package arbiter.ruling;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import arbiter.penalty.PenaltyGrade;

/**
 * What a policy clause lets a ruling citing it decide (DESIGN "Ruling": "each policy clause declares the outcomes, the
 * responsible party and the penalty grades it supports"; V18). A ruling that does not fit is refused.
 *
 * @param outcomes the outcomes it supports, never empty
 * @param parties the parties it may hold responsible, never empty
 * @param grades the penalty grades it supports; empty when a ruling citing it imposes no penalty
 * @param penaltyRequired whether a ruling citing it must impose one of {@code grades}
 */
public record ClauseSupport(Set<RulingOutcome> outcomes, Set<ResponsibleParty> parties, Set<PenaltyGrade> grades,
        boolean penaltyRequired) {

    /** Why a ruling does not fit a clause; each names the form field it is shown beside. */
    public enum Mismatch {
        /** The clause does not support the outcome chosen. */
        OUTCOME,
        /** The clause does not hold the party chosen responsible. */
        PARTY,
        /** The clause does not support the penalty grade chosen (or any penalty at all). */
        GRADE,
        /** The clause requires a penalty and none was chosen. */
        PENALTY_REQUIRED;

        /** The message key the ruling form shows beside the clause. */
        public String messageKey() {
            return "ruling_error_clause_" + name().toLowerCase(Locale.ROOT);
        }
    }

    public ClauseSupport {
        outcomes = Set.copyOf(outcomes);
        parties = Set.copyOf(parties);
        grades = Set.copyOf(grades);
        if (outcomes.isEmpty() || parties.isEmpty()) {
            throw new IllegalArgumentException("A clause supports at least one outcome and one responsible party");
        }
    }

    /** Whether a ruling citing this clause may impose no penalty. */
    public boolean allowsNoPenalty() {
        return !penaltyRequired;
    }

    /**
     * The first way a ruling with these choices does not fit, checked in the order outcome, party, grade; empty when it
     * fits. {@code grade} is empty for no penalty.
     */
    public Optional<Mismatch> mismatch(RulingOutcome outcome, ResponsibleParty responsible, Optional<PenaltyGrade> grade) {
        if (!outcomes.contains(outcome)) {
            return Optional.of(Mismatch.OUTCOME);
        }
        if (!parties.contains(responsible)) {
            return Optional.of(Mismatch.PARTY);
        }
        if (grade.isPresent() && !grades.contains(grade.get())) {
            return Optional.of(Mismatch.GRADE);
        }
        if (grade.isEmpty() && penaltyRequired) {
            return Optional.of(Mismatch.PENALTY_REQUIRED);
        }
        return Optional.empty();
    }

    /** The supported grades, lightest first. */
    public List<PenaltyGrade> gradesInOrder() {
        return grades.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(grades));
    }

    /** The supported outcomes, in the order of {@link RulingOutcome}. */
    public List<RulingOutcome> outcomesInOrder() {
        return List.copyOf(EnumSet.copyOf(outcomes));
    }

    /** The parties it may hold responsible, in the order of {@link ResponsibleParty}. */
    public List<ResponsibleParty> partiesInOrder() {
        return List.copyOf(EnumSet.copyOf(parties));
    }
}
