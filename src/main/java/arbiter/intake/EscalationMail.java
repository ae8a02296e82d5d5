package arbiter.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import arbiter.dispute.DisputeReason;
import arbiter.dispute.Disputes;
import arbiter.mail.Bilingual;
import arbiter.mail.MailDispatch;
import arbiter.money.Money;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells a shop by e-mail that the platform has stepped into a dispute about it (the seller's guide: the
 * platform contacts the seller by mail). The shop's language is not known yet, so the mail is in Chinese
 * with the English text below it. Sent once the case is committed ({@link Due}, the after-success observer that penalty notices
 * use
 * too), through the mail outbox.
 */
@ApplicationScoped
public class EscalationMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(String caseNo);

        static native TemplateInstance body(String shopName, String caseNo, String orderNo, String itemTitle,
                DisputeReason reason, String refund, String due);
    }

    @Inject
    MailDispatch dispatch;

    /**
     * An escalation to mail once the transaction that created the case has committed: the shop's address and
     * what the mail says, gathered while the case was at hand.
     */
    public record Due(String to, String shopName, String caseNo, String orderNo, String itemTitle,
            DisputeReason reason, String refund, java.time.Instant slaDueAt) {
    }

    /**
     * What the mail about the dispute escalated by {@code submission} says, and to whom: the shop as the dispute
     * knows it now, and the answer due by the case's SLA ({@code slaDueAt}, UTC).
     */
    static Due due(Disputes.Correspondence dispute, DisputeSubmission submission, java.time.Instant slaDueAt) {
        return new Due(dispute.shopEmail(), dispute.shopName(), dispute.caseNo(), dispute.orderNo(),
                dispute.itemTitle(), submission.reason(),
                Money.of(submission.requestedRefund(), submission.order().currency()).display(), slaDueAt);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        String dueAt = Bilingual.time(due.slaDueAt());
        String subject = Bilingual.subject(() -> Templates.subject(due.caseNo()));
        String body = Bilingual.body(() -> Templates.body(due.shopName(), due.caseNo(), due.orderNo(),
                due.itemTitle(), due.reason(), due.refund(), dueAt));
        dispatch.send(Mail.withText(due.to(), subject, body), "the escalation of " + due.caseNo());
    }
}
