package arbiter.intake;

import arbiter.dispute.Dispute;
import io.quarkus.mailer.Mail;
import arbiter.mail.Bilingual;
import arbiter.mail.MailDispatch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells a shop by e-mail that the platform has stepped into a dispute about it (the seller's guide: the
 * platform contacts the seller by mail). The shop's language is not known yet, so the mail is in Chinese
 * with the English text below it. Sent in the background after the case is committed.
 */
@ApplicationScoped
public class EscalationMail {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(String caseNo);

        static native TemplateInstance body(String shopName, String caseNo, String orderNo, String itemTitle,
                String reasonKey, String refund, String due);
    }

    @Inject
    MailDispatch dispatch;

    public void disputeEscalated(Dispute dispute) {
        String due = Bilingual.time(dispute.slaDueAt);
        String subject = Bilingual.subject(() -> Templates.subject(dispute.caseNo));
        String body = Bilingual.body(() -> Templates.body(dispute.shop.name, dispute.caseNo, dispute.orderNo,
                dispute.itemTitle, "DisputeReason_" + dispute.reason.name(), dispute.requestedRefund().display(), due));
        dispatch.send(Mail.withText(dispute.shop.contactEmail, subject, body),
                "the escalation of " + dispute.caseNo);
    }
}
