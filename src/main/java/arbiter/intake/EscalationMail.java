package arbiter.intake;

import arbiter.dispute.Dispute;
import io.quarkus.mailer.Mail;
import arbiter.mail.MailDispatch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tells a shop by e-mail that the platform has stepped into a dispute about it (the seller's guide: the
 * platform contacts the seller by mail). The shop's language is not known yet, so the mail is in Chinese
 * with the English text below it. Sent in the background after the case is committed.
 */
@ApplicationScoped
public class EscalationMail {

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale[] LANGUAGES = {Locale.forLanguageTag("zh-CN"), Locale.ENGLISH};

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(String caseNo);

        static native TemplateInstance body(String shopName, String caseNo, String orderNo, String itemTitle,
                String reasonKey, String refund, String due);
    }

    @Inject
    MailDispatch dispatch;

    public void disputeEscalated(Dispute dispute) {
        StringBuilder subject = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            subject.append(subject.isEmpty() ? "" : " / ")
                    .append(Templates.subject(dispute.caseNo).setLocale(language).render().strip());
            body.append(body.isEmpty() ? "" : "\n\n----------------------------------------\n\n")
                    .append(Templates.body(dispute.shop.name, dispute.caseNo, dispute.orderNo, dispute.itemTitle,
                            "DisputeReason_" + dispute.reason.name(), dispute.requestedRefund().display(),
                            DUE.format(dispute.slaDueAt.atZone(PLATFORM_ZONE)) + " (UTC+8)")
                            .setLocale(language).render().strip());
        }
        dispatch.send(Mail.withText(dispute.shop.contactEmail, subject.toString(), body.toString()),
                "the escalation of " + dispute.caseNo);
    }
}
