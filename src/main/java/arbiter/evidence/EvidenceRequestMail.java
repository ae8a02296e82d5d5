package arbiter.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import arbiter.dispute.Disputes;
import arbiter.dispute.Party;
import arbiter.mail.Bilingual;
import arbiter.mail.MailDispatch;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells a party that the arbitrator asks for evidence, and by when. The seller is written to at the shop's
 * address; the buyer through the order platform's mailbox for buyer notices (Arbiter keeps no buyer
 * contact details), with the buyer's id in the subject. Chinese first, English below. Sent once the request is
 * committed ({@link Due}, the after-success observer that penalty notices use too), through the mail outbox.
 */
@ApplicationScoped
public class EvidenceRequestMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(String caseNo, String buyerId);

        static native TemplateInstance body(String addressee, String caseNo, String orderNo, String itemTitle,
                String note, String due, boolean toSeller);

        static native TemplateInstance reminderSubject(String caseNo, String buyerId);

        static native TemplateInstance reminderBody(String addressee, String caseNo, String orderNo, String itemTitle,
                String note, String due, boolean toSeller);
    }

    @Inject
    MailDispatch dispatch;

    @Inject
    EvidenceRules rules;

    /**
     * An evidence request to mail once the transaction that made it has committed: the addressee and what the
     * mail says, gathered while the case was at hand.
     */
    public record Due(String to, String addressee, String caseNo, String orderNo, String itemTitle, String buyerId,
            String note, java.time.Instant dueAt, boolean toSeller) {
    }

    /** What the mail of {@code request} in {@code dispute} says, and to whom (the shop, or the buyers' mailbox). */
    Due due(Disputes.Correspondence dispute, EvidenceRequest request) {
        boolean toSeller = request.party == Party.SELLER;
        return new Due(toSeller ? dispute.shopEmail() : rules.buyerNoticeAddress(),
                toSeller ? dispute.shopName() : dispute.buyerNick(), dispute.caseNo(), dispute.orderNo(),
                dispute.itemTitle(), toSeller ? "" : dispute.buyerId(), request.note, request.dueAt, toSeller);
    }

    /**
     * Queues the reminder of {@code request} in {@code dispute} (to the same addressee as its request) as part of the
     * caller's transaction ({@link MailDispatch#queue}), which records that it was reminded.
     */
    void remind(Disputes.Correspondence dispute, EvidenceRequest request) {
        Due due = due(dispute, request);
        String dueAt = Bilingual.time(due.dueAt());
        String subject = Bilingual.subject(() -> Templates.reminderSubject(due.caseNo(), due.buyerId()));
        String body = Bilingual.body(() -> Templates.reminderBody(due.addressee(), due.caseNo(), due.orderNo(),
                due.itemTitle(), due.note(), dueAt, due.toSeller()));
        dispatch.queue(Mail.withText(due.to(), subject, body), "the evidence reminder in " + due.caseNo());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        String dueAt = Bilingual.time(due.dueAt());
        String subject = Bilingual.subject(() -> Templates.subject(due.caseNo(), due.buyerId()));
        String body = Bilingual.body(() -> Templates.body(due.addressee(), due.caseNo(), due.orderNo(),
                due.itemTitle(), due.note(), dueAt, due.toSeller()));
        dispatch.send(Mail.withText(due.to(), subject, body), "the evidence request in " + due.caseNo());
    }
}
