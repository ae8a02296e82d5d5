package arbiter.penalty;

import java.time.Clock;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import arbiter.mail.MailDispatch;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells a shop, after the decision is committed and in the shop's language, that its appeal succeeded: the
 * penalty is withdrawn, its points given back and its measure lifted. The overturn notice records the mailing.
 */
@ApplicationScoped
public class OverturnMail {

    /** The overturn notice to mail once the decision has committed, with what the mail says. */
    public record Due(long noticeId, String caseNo, String shopName, String email, String language, int points,
            int pointsBefore, int pointsAfter, boolean measureLifted, String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overturnSubject(String caseNo);

        static native TemplateInstance overturnBody(Due due);
    }

    @Inject
    MailDispatch dispatch;

    @Inject
    Clock clock;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        Locale language = Locale.forLanguageTag(due.language());
        String subject = Templates.overturnSubject(due.caseNo()).setLocale(language).render().strip();
        String body = Templates.overturnBody(due).setLocale(language).render().strip();
        dispatch.send(Mail.withText(due.email(), subject, body), "the overturn notice of " + due.caseNo(),
                NoticeMail.REFERENCE + due.noticeId());
    }
}
