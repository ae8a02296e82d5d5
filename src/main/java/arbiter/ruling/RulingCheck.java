package arbiter.ruling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import io.quarkus.qute.TemplateData;

/**
 * The server's check of a ruling form against the case: each problem is named by its field and a message
 * key, so the page shows it beside the field with the values as they were entered (DESIGN.md, "Ruling").
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public final class RulingCheck {

    public static final int MIN_RATIONALE = 20;
    public static final int MAX_RATIONALE = 4000;

    /** Either a decision, or the problems by field. */
    public record Result(Optional<RulingDecision> decision, Map<String, String> errors) {
    }

    private RulingCheck() {
    }

    /**
     * Checks a ruling form against the case's amount paid and the active clauses with what each supports: a clause
     * that does not fit the outcome, party or grade chosen is refused beside the clause field (DESIGN "Ruling", issue
     * 16), once the fields it is checked against are valid themselves.
     */
    public static Result check(RulingForm form, Money amountPaid, Map<PolicyClause.Key, ClauseSupport> activeClauses) {
        Map<String, String> errors = new LinkedHashMap<>();
        RulingOutcome outcome = constant(RulingOutcome.class, form.outcome);
        if (outcome == null) {
            errors.put("outcome", "ruling_error_outcome");
        }
        Money refund = Money.of(0, amountPaid.currency().getCurrencyCode());
        if (outcome == RulingOutcome.FULL_REFUND) {
            refund = amountPaid;
        } else if (outcome == RulingOutcome.PARTIAL_REFUND) {
            Optional<Money> typed = Money.parse(form.refund, amountPaid.currency());
            if (typed.isEmpty() || !typed.get().isPositive() || typed.get().compareTo(amountPaid) >= 0) {
                errors.put("refund", "ruling_error_partial_refund");
            } else {
                refund = typed.get();
            }
        }
        ResponsibleParty responsible = constant(ResponsibleParty.class, form.responsible);
        if (responsible == null) {
            errors.put("responsible", "ruling_error_responsible");
        }
        Optional<PenaltyGrade> grade = Optional.empty();
        if (form.grade != null && !form.grade.isBlank()) {
            grade = Optional.ofNullable(constant(PenaltyGrade.class, form.grade));
            if (grade.isEmpty()) {
                errors.put("grade", "ruling_error_grade");
            } else if (responsible != ResponsibleParty.SELLER) {
                errors.put("grade", "ruling_error_penalty_not_seller");
            }
        }
        PolicyClause.Key clause = clause(form.clause);
        if (clause == null || !activeClauses.containsKey(clause)) {
            errors.put("clause", "ruling_error_clause");
        } else if (outcome != null && responsible != null && !errors.containsKey("grade")) {
            activeClauses.get(clause).mismatch(outcome, responsible, grade)
                    .ifPresent(mismatch -> errors.put("clause", mismatch.messageKey()));
        }
        String rationale = form.rationale == null ? "" : form.rationale.strip();
        if (rationale.length() < MIN_RATIONALE) {
            errors.put("rationale", "ruling_error_rationale_short");
        } else if (rationale.length() > MAX_RATIONALE) {
            errors.put("rationale", "ruling_error_rationale_long");
        }
        ReliedOn reliedOn = reliedOn(form);
        if (reliedOn == null) {
            errors.put("reliedOn", "ruling_error_relied_on");
        }
        Optional<RationaleTemplate.Key> template = RationaleTemplate.Key.parse(form.template);
        if (form.template != null && !form.template.isBlank() && template.isEmpty()) {
            errors.put("template", "ruling_error_template");
        }
        Long precedent = null;
        if (form.precedent != null && !form.precedent.isBlank()) {
            precedent = number(form.precedent);
            if (precedent == null) {
                errors.put("precedent", "ruling_error_precedent");
            }
        }
        String departureReason = form.departureReason == null ? "" : form.departureReason.strip();
        if (departureReason.length() > MAX_RATIONALE) {
            errors.put("departureReason", "ruling_error_departure_long");
        } else if (!departureReason.isEmpty() && departureReason.length() < MIN_RATIONALE) {
            errors.put("departureReason", "ruling_error_departure_short");
        }
        Long version = number(form.version);
        if (version == null) {
            errors.put("version", "ruling_error_version");
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        return new Result(Optional.of(new RulingDecision(outcome, refund, responsible, grade, clause, rationale,
                version, reliedOn, template, Optional.ofNullable(precedent),
                departureReason.isEmpty() ? Optional.empty() : Optional.of(departureReason))), Map.of());
    }

    /** The items marked, or null when one is not an id or a SHA-256, or there are too many. */
    private static ReliedOn reliedOn(RulingForm form) {
        List<String> messages = form.reliedMessages == null ? List.of() : form.reliedMessages;
        List<String> photos = form.reliedPhotos == null ? List.of() : form.reliedPhotos;
        if (messages.stream().distinct().count() > ReliedOn.MAX_EACH || photos.stream().distinct().count() > ReliedOn.MAX_EACH
                || !messages.stream().allMatch(id -> number(id) != null)
                || !photos.stream().allMatch(sha -> sha != null && sha.strip().matches("[0-9a-f]{64}"))) {
            return null;
        }
        return new ReliedOn(messages.stream().map(RulingCheck::number).toList(),
                photos.stream().map(String::strip).toList());
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static PolicyClause.Key clause(String value) {
        if (value == null) {
            return null;
        }
        int slash = value.lastIndexOf('/');
        Long version = slash < 0 ? null : number(value.substring(slash + 1));
        return version == null || version > Integer.MAX_VALUE ? null
                : new PolicyClause.Key(value.substring(0, slash).strip(), version.intValue());
    }

    private static Long number(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }
}
