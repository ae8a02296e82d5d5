package arbiter.penalty;

import java.time.Clock;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import arbiter.mail.Bilingual;
import arbiter.mail.MailDispatch;
import arbiter.mail.MailSent;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Sends a shop its penalty notice by e-mail, in the shop's language, after the ruling is committed: what
 * was ruled and why, the points before and after, the measure and its dates, and the appeal deadline. The
 * notice records when it was mailed; a failed send is logged and the notice stays readable in the portal.
 */
@ApplicationScoped
public class NoticeMail {

    /** A notice to mail once the transaction that created it has committed. */
    public record Due(long noticeId, Facts facts) {
    }

    /**
     * What the mail says, gathered by the ruling that imposed the penalty; {@code outcome} is the ruling's outcome
     * already in the shop's language ({@code language}, a tag such as "zh-CN"), as the ruling names it.
     */
    public record Facts(String shopName, String email, String language, String caseNo, String outcome,
            String rationale, String clause, PenaltyGrade grade, Ladder.Impact impact, java.time.Instant measureStart,
            java.time.Instant measureEnd, java.time.Instant appealDeadline) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subject(String caseNo);

        static native TemplateInstance body(Facts facts, ShopMeasure.Kind measure, String measureStart,
                String measureEnd, String appealDeadline);
    }

    @Inject
    MailDispatch dispatch;

    @Inject
    Clock clock;

    /** How a notice's mails are named in the outbox, so that their delivery is recorded on the notice. */
    static final String REFERENCE = "penalty-notice:";

    /** The mail server accepted a notice's mail (the first, or the overturn's): the notice records when. */
    void delivered(@Observes MailSent mail) {
        if (mail.reference().startsWith(REFERENCE)) {
            long noticeId = Long.parseLong(mail.reference().substring(REFERENCE.length()));
            QuarkusTransaction.requiringNew().run(() -> PenaltyNotice.update("emailedAt = ?1 where id = ?2", mail.at(),
                    noticeId));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        send(due.noticeId(), due.facts());
    }

    public void send(long noticeId, Facts facts) {
        Locale language = Locale.forLanguageTag(facts.language());
        ShopMeasure.Kind measure = facts.impact().measure().map(Ladder.Step::kind).orElse(null);
        String body = Templates.body(facts, measure,
                at(facts.measureStart()), facts.measureEnd() == null ? null : at(facts.measureEnd()),
                at(facts.appealDeadline())).setLocale(language).render().strip();
        String subject = Templates.subject(facts.caseNo()).setLocale(language).render().strip();
        dispatch.send(Mail.withText(facts.email(), subject, body), "the penalty notice of " + facts.caseNo(),
                REFERENCE + noticeId);
    }

    private static String at(java.time.Instant instant) {
        return instant == null ? null : Bilingual.time(instant);
    }
}
