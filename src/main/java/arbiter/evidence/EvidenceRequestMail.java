package arbiter.evidence;

import arbiter.dispute.Dispute;
import arbiter.dispute.Party;
import arbiter.mail.MailDispatch;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tells a party that the arbitrator asks for evidence, and by when. The seller is written to at the shop's
 * address; the buyer through the order platform's mailbox for buyer notices (Arbiter keeps no buyer
 * contact details), with the buyer's id in the subject. Chinese first, English below. Sent in the background
 * after commit.
 */
@ApplicationScoped
public class EvidenceRequestMail {

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale[] LANGUAGES = {Locale.forLanguageTag("zh-CN"), Locale.ENGLISH};

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(String caseNo, String buyerId);

        static native TemplateInstance body(String addressee, String caseNo, String orderNo, String itemTitle,
                String note, String due, boolean toSeller);
    }

    @Inject
    MailDispatch dispatch;

    @Inject
    EvidenceRules rules;

    public void requested(Dispute dispute, EvidenceRequest request) {
        boolean toSeller = request.party == Party.SELLER;
        String to = toSeller ? dispute.shop.contactEmail : rules.buyerNoticeAddress();
        String addressee = toSeller ? dispute.shop.name : dispute.buyerNick;
        StringBuilder subject = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            subject.append(subject.isEmpty() ? "" : " / ")
                    .append(Templates.subject(dispute.caseNo, toSeller ? "" : dispute.buyerId)
                            .setLocale(language).render().strip());
            body.append(body.isEmpty() ? "" : "\n\n----------------------------------------\n\n")
                    .append(Templates.body(addressee, dispute.caseNo, dispute.orderNo, dispute.itemTitle,
                            request.note, DUE.format(request.dueAt.atZone(PLATFORM_ZONE)) + " (UTC+8)", toSeller)
                            .setLocale(language).render().strip());
        }
        dispatch.send(Mail.withText(to, subject.toString(), body.toString()),
                "the evidence request in " + dispute.caseNo);
    }
}
