package arbiter.evidence;

import arbiter.dispute.Dispute;
import arbiter.dispute.Party;
import arbiter.mail.Bilingual;
import arbiter.mail.MailDispatch;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells a party that the arbitrator asks for evidence, and by when. The seller is written to at the shop's
 * address; the buyer through the order platform's mailbox for buyer notices (Arbiter keeps no buyer
 * contact details), with the buyer's id in the subject. Chinese first, English below. Sent in the background
 * after commit.
 */
@ApplicationScoped
public class EvidenceRequestMail {


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
        String due = Bilingual.time(request.dueAt);
        String subject = Bilingual.subject(() -> Templates.subject(dispute.caseNo, toSeller ? "" : dispute.buyerId));
        String body = Bilingual.body(() -> Templates.body(addressee, dispute.caseNo, dispute.orderNo,
                dispute.itemTitle, request.note, due, toSeller));
        dispatch.send(Mail.withText(to, subject, body),
                "the evidence request in " + dispute.caseNo);
    }
}
