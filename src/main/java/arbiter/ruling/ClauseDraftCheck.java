package arbiter.ruling;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import arbiter.dispute.Party;
import arbiter.penalty.PenaltyGrade;

/**
 * The check of a clause form (issue 16, "Clauses that fit the ruling"): each problem by field and message key, so the
 * supervisors' page shows it beside the field with the values as typed. What it refuses is what the database's checks
 * on {@code policy_clauses} (V18) would refuse, said before anything is written.
 */
public final class ClauseDraftCheck {

    /** The longest title, in characters, in either language. */
    public static final int MAX_TITLE = 200;

    /** A clause's code: letters, then a dash and a number ({@code DESC-1}, {@code NOEV-2}). */
    static final String CODE = "[A-Z][A-Z0-9]{0,9}-[0-9]{1,3}";

    /** Either a draft, or the problems by field. */
    public record Result(Optional<PolicyClauses.ClauseDraft> draft, Map<String, String> errors) {
    }

    private ClauseDraftCheck() {
    }

    /**
     * Checks a clause form. {@code fixedCode}, when present, is the code of the clause being revised (its code cannot
     * change); for a new clause it is empty and the form's code is checked.
     */
    public static Result check(ClauseForm form, Optional<String> fixedCode) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = fixedCode.orElseGet(() -> form.code == null ? "" : form.code.strip());
        if (!code.matches(CODE)) {
            errors.put("code", "clause_error_code");
        }
        String titleEn = title(form.titleEn, "titleEn", errors);
        String titleZh = title(form.titleZh, "titleZh", errors);
        Set<RulingOutcome> outcomes = constants(RulingOutcome.class, form.outcomes, "outcome", errors);
        Set<ResponsibleParty> parties = constants(ResponsibleParty.class, form.responsible, "responsible", errors);
        Set<PenaltyGrade> grades = constants(PenaltyGrade.class, form.grades, "grade", errors);
        if (outcomes != null && outcomes.isEmpty()) {
            errors.put("outcome", "clause_error_outcome_none");
        }
        if (parties != null && parties.isEmpty()) {
            errors.put("responsible", "clause_error_responsible_none");
        }
        boolean penaltyRequired = form.penaltyRequired != null && !form.penaltyRequired.isBlank();
        if (grades != null && parties != null && !grades.isEmpty() && !parties.contains(ResponsibleParty.SELLER)) {
            errors.put("grade", "clause_error_grade_not_seller");
        } else if (penaltyRequired && grades != null && grades.isEmpty()) {
            errors.put("grade", "clause_error_penalty_required_grades");
        } else if (penaltyRequired && parties != null && !parties.equals(Set.of(ResponsibleParty.SELLER))) {
            errors.put("responsible", "clause_error_penalty_required_seller");
        }
        Party silent = null;
        if (form.forNoAnswerFrom != null && !form.forNoAnswerFrom.isBlank()) {
            silent = constant(Party.class, form.forNoAnswerFrom);
            if (silent == null || silent == Party.PLATFORM) {
                errors.put("forNoAnswerFrom", "clause_error_no_answer_party");
            }
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        return new Result(Optional.of(new PolicyClauses.ClauseDraft(code, titleEn, titleZh,
                new ClauseSupport(outcomes, parties, grades, penaltyRequired), silent)), Map.of());
    }

    private static String title(String typed, String field, Map<String, String> errors) {
        String title = typed == null ? "" : typed.strip();
        if (title.isEmpty()) {
            errors.put(field, "clause_error_title_blank");
        } else if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            errors.put(field, "clause_error_title_long");
        }
        return title;
    }

    /** The constants named, or null (with an error under {@code field}) when one of the names is not a constant. */
    private static <E extends Enum<E>> Set<E> constants(Class<E> type, List<String> names, String field,
            Map<String, String> errors) {
        Set<E> constants = EnumSet.noneOf(type);
        for (String name : names == null ? List.<String> of() : names) {
            E constant = constant(type, name);
            if (constant == null) {
                errors.put(field, "clause_error_unknown_choice");
                return null;
            }
            constants.add(constant);
        }
        return constants;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
