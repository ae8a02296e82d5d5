package arbiter.supervision;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of the ruling policy pages supervisors manage ({@code /supervision/templates}: rationale templates and policy
 * clauses), namespace {@code policy} in templates; English in {@code messages/policy_en.properties}, Chinese in
 * {@code policy_zh.properties}.
 */
@MessageBundle(value = "policy", locale = "en")
public interface PolicyMessages {

    String policy_title();

    String policy_clauses();

    String policy_clauses_intro();

    String policy_new_clause();

    String policy_code();

    String policy_version();

    String policy_clause_title();

    String policy_title_en();

    String policy_title_zh();

    String policy_outcomes();

    String policy_parties();

    String policy_grades();

    String policy_grades_hint();

    String policy_penalty_required();

    String policy_no_answer();

    String policy_no_answer_nobody();

    String policy_written();

    String policy_written_by();

    String policy_state();

    String policy_in_force();

    String policy_retired();

    String policy_superseded();

    String policy_versions();

    String policy_save();

    String policy_create();

    String policy_retire();

    String policy_retire_hint();

    String policy_back();

    String policy_fits();

    String policy_nav();

    String policy_templates();

    String policy_templates_intro();

    String policy_new_template();

    String policy_reason();

    String policy_any();

    String policy_clause();

    String policy_language();

    String policy_language_zh();

    String policy_language_en();

    String policy_body();

    String policy_placeholders();

    String policy_template_title();

    String policy_template_back();
}
