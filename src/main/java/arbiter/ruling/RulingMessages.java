package arbiter.ruling;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Rulings: the ruling form, its impact preview and field errors, and the names of outcomes, responsible parties, ruling states
 * and refund states: namespace {@code ruling} in templates; English in {@code messages/ruling_en.properties}, Chinese in
 * {@code messages/ruling_zh.properties}.
 */
@MessageBundle(value = "ruling", locale = "en")
public interface RulingMessages {

    /** A ruling's outcome, as pages and mails name it; keys {@code outcome_$CONSTANT}, one per constant. */
    @Message
    String outcome(RulingOutcome outcome);

    /**
     * The party a ruling holds responsible, as pages and mails name it; keys {@code responsible_CONSTANT}, one per constant.
     */
    @Message
    String responsible(ResponsibleParty responsible);

    /**
     * Where a ruling stands (waiting for approval, in effect, sent back), as pages and mails name it; keys
     * {@code state_$CONSTANT}, one per constant.
     */
    @Message
    String state(RulingState state);

    /** Where a forced refund's delivery stands, as pages and mails name it; keys {@code refund_CONSTANT}, one per constant. */
    @Message
    String refund(RefundState refund);

    String ruling_title();

    String ruling_back();

    String ruling_preview_title();

    String ruling_preview_points(String shop, int before, int after);

    String ruling_preview_measure(int threshold);

    String ruling_preview_no_measure();

    String ruling_preview_no_penalty();

    String ruling_preview_approval();

    String ruling_preview_effective();

    String ruling_outcome();

    String ruling_refund();

    String ruling_refund_hint();

    String ruling_responsible();

    String ruling_grade();

    String ruling_grade_none();

    String ruling_clause();

    /** The ruling form's group of clauses that fit a party that did not answer in time, offered first. */
    String ruling_clauses_no_answer();

    /** The ruling form's group of the other clauses, after those for a party that did not answer. */
    String ruling_clauses_other();

    String ruling_rationale();

    String ruling_preview_button();

    String ruling_rule_button();

    String ruling_error_outcome();

    String ruling_error_partial_refund();

    String ruling_error_responsible();

    String ruling_error_grade();

    String ruling_error_penalty_not_seller();

    String ruling_error_clause();

    String ruling_error_rationale_short();

    String ruling_error_rationale_long();

    String ruling_error_version();

    String ruling_error_clause_outcome();

    String ruling_error_clause_party();

    String ruling_error_clause_grade();

    String ruling_error_clause_penalty_required();

    String ruling_clause_fits();

    String ruling_clause_penalty_none();

    String ruling_clause_penalty_optional();

    String ruling_clause_penalty_required();

    String clause_error_code();

    String clause_error_title_blank();

    String clause_error_title_long();

    String clause_error_unknown_choice();

    String clause_error_outcome_none();

    String clause_error_responsible_none();

    String clause_error_grade_not_seller();

    String clause_error_penalty_required_grades();

    String clause_error_penalty_required_seller();

    String clause_error_no_answer_party();

    String clause_error_code_taken();

    String ruling_error_relied_on();

    String ruling_relied_on();

    String ruling_relied_on_hint();

    String ruling_relied_on_count(int messages, int photos);

    String ruling_relied_on_none();

    String ruling_relied_on_title();

    String ruling_keyboard_hint();

    String template_error_clause();

    String template_error_body_blank();

    String template_error_body_long();

    String template_error_placeholder();

    String ruling_error_template();

    String ruling_template();

    String ruling_template_none();

    String ruling_template_insert();

    String ruling_template_hint();

    String ruling_template_started(String template);

    // == Precedents (issue 17)

    /** An item category as the precedents name it; keys {@code category_CONSTANT}. */
    @Message
    String category(ItemCategory category);

    /** The lowest amount band: below {@code high} (an amount as shown). */
    String band_below(String high);

    String band_between(String low, String high);

    /** The highest amount band. */
    String band_from(String low);

    String ruling_precedents();

    /** What makes a case close: its reason, category and band, as worded. */
    String ruling_precedents_basis(String reason, String category, String band);

    String ruling_precedents_none();

    String ruling_precedents_mix(long total, long full, long partial, long rejected);

    /** At least 80 % of at least 10 went one way ({@code outcome}, as worded). */
    String ruling_precedents_prevailing(String outcome, long share);

    String ruling_precedent_same_shop();

    String ruling_precedent_cite_none();

    String ruling_departure_reason();

    String ruling_departure_hint(String outcome);

    String ruling_error_precedent();

    String ruling_error_departure_short();

    /** The ruling goes against most close precedents and the reason is missing. */
    String ruling_error_departure_required();

    String ruling_error_departure_long();

    /** On a ruling: the precedent it cited. */
    String ruling_cited_precedent(String caseNo);

    /** On a ruling: it departed from most close precedents, and why. */
    String ruling_departed(String reason);
}
