package arbiter.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import arbiter.dispute.Disputes;
import arbiter.dispute.WithdrawalReason;
import arbiter.mail.Bilingual;
import arbiter.mail.MailDispatch;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells a shop by e-mail that the platform withdrew a dispute about it, and why; in Chinese with the English below
 * it, as the escalation mail. Sent once the withdrawal is committed ({@link Due}, the after-success observer), through
 * the mail outbox.
 */
@ApplicationScoped
public class WithdrawalMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(String caseNo);

        static native TemplateInstance body(String shopName, String caseNo, String orderNo, String itemTitle,
                WithdrawalReason reason, String note);
    }

    @Inject
    MailDispatch dispatch;

    /** A withdrawal to mail once its transaction has committed: the shop's address and what the mail says. */
    public record Due(String to, String shopName, String caseNo, String orderNo, String itemTitle,
            WithdrawalReason reason, String note) {
    }

    /** What the mail about the withdrawal of {@code dispute} says, and to whom; {@code note} may be empty. */
    static Due due(Disputes.Correspondence dispute, WithdrawalReason reason, String note) {
        return new Due(dispute.shopEmail(), dispute.shopName(), dispute.caseNo(), dispute.orderNo(),
                dispute.itemTitle(), reason, note);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        String subject = Bilingual.subject(() -> Templates.subject(due.caseNo()));
        String body = Bilingual.body(() -> Templates.body(due.shopName(), due.caseNo(), due.orderNo(),
                due.itemTitle(), due.reason(), due.note()));
        dispatch.send(Mail.withText(due.to(), subject, body), "the withdrawal of " + due.caseNo());
    }
}
