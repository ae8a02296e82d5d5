package arbiter.intake;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The escalation mail that tells a shop the platform has stepped in: namespace {@code intake} in templates; English in
 * {@code messages/intake_en.properties}, Chinese in
 * {@code messages/intake_zh.properties}.
 */
@MessageBundle(value = "intake", locale = "en")
public interface IntakeMessages {

    String mail_escalated_subject(String caseNo);

    String mail_escalated_what(String orderNo, String itemTitle, String caseNo);

    String mail_escalated_claim();

    String mail_escalated_next(String due);

    String mail_withdrawn_subject(String caseNo);

    String mail_withdrawn_what(String orderNo, String itemTitle, String caseNo);

    String mail_withdrawn_reason();

    String mail_withdrawn_note();

    String mail_withdrawn_next();
}
