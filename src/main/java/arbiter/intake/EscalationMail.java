package arbiter.intake;

import arbiter.dispute.Dispute;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Tells a shop by e-mail that the platform has stepped into a dispute about it (the seller's guide: the
 * platform contacts the seller by mail). The shop's language is not known yet, so the mail is in Chinese
 * with the English text below it. Sent after the case is committed; a failed send is logged, the case stays.
 */
@ApplicationScoped
public class EscalationMail {

    private static final Logger LOG = Logger.getLogger(EscalationMail.class);
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
    Mailer mailer;

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
        try {
            mailer.send(Mail.withText(dispute.shop.contactEmail, subject.toString(), body.toString()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "The escalation mail for %s to %s could not be sent", dispute.caseNo,
                    dispute.shop.contactEmail);
        }
    }
}
