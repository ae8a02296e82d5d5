package arbiter.penalty;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Penalties: grades, measures, notice kinds and appeal states by name, points, and the penalty notice mail: namespace
 * {@code penalty} in templates; English in {@code messages/penalty_en.properties}, Chinese in
 * {@code messages/penalty_zh.properties}.
 */
@MessageBundle(value = "penalty", locale = "en")
public interface PenaltyMessages {

    /** A penalty's grade, as pages and mails name it; keys {@code grade_CONSTANT}, one per constant. */
    @Message
    String grade(PenaltyGrade grade);

    /** Where an appeal stands, as pages and mails name it; keys {@code appeal_CONSTANT}, one per constant. */
    @Message
    String appeal(Appeal.State state);

    /** What a notice to a shop is about, as pages and mails name it; keys {@code notice_CONSTANT}, one per constant. */
    @Message
    String notice(PenaltyNotice.Kind kind);

    /** A measure against a shop, as pages and mails name it; keys {@code measure_CONSTANT}, one per constant. */
    @Message
    String measure(ShopMeasure.Kind kind);

    /** A number of penalty points, beside a grade's name ("2 points"). */
    String grade_points(int points);

    String notice_mail_subject(String caseNo);

    String notice_mail_what(String caseNo);

    String notice_mail_outcome();

    String notice_mail_clause();

    String notice_mail_rationale();

    String notice_mail_penalty();

    String notice_mail_points(int before, int after);

    String notice_mail_measure();

    String notice_mail_until_lifted();

    String notice_mail_appeal(String deadline);
}
