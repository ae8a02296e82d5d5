package arbiter.evidence;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The mail that asks a party for evidence: namespace {@code evidence} in templates; English in
 * {@code messages/evidence_en.properties}, Chinese in
 * {@code messages/evidence_zh.properties}.
 */
@MessageBundle(value = "evidence", locale = "en")
public interface EvidenceMessages {

    String mail_evidence_subject(String caseNo);

    String mail_evidence_buyer(String buyerId);

    String mail_evidence_what(String orderNo, String itemTitle, String caseNo);

    String mail_evidence_note();

    String mail_evidence_how_seller(String due);

    String mail_evidence_how_buyer(String due);

    String mail_evidence_late();

    /** The reminder's subject: the request in that case is still open. */
    String mail_reminder_subject(String caseNo);

    /** The reminder's first line: which case, and by when ({@code due}, a time with its zone) to answer. */
    String mail_reminder_what(String orderNo, String itemTitle, String caseNo, String due);
}
