package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import arbiter.Mails;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.Party;
import arbiter.intake.IntakeRequests;
import arbiter.mail.MailDispatch;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reminder before an evidence deadline (DESIGN "Evidence deadline"): mailed once, 24 h before, to a party whose
 * request is still open; never for a request answered before; once even when two sweeps run at the same moment.
 */
@QuarkusTest
class EvidenceReminderTest {

    @Inject
    EvidenceReminders reminders;

    @Inject
    EvidenceRequests requests;

    @Inject
    CaseClaims claims;

    @Inject
    MailDispatch mail;

    @Inject
    AgroalDataSource db;

    @Test
    void theSellerIsRemindedOnceADayBeforeTheDeadline() throws Exception {
        long id = askedOfSeller();
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id);
        // Asked two days ago; the deadline is in 23 hours.
        Sql.run(db, "UPDATE evidence_requests SET requested_at = now() - interval '49 hours',"
                + " due_at = now() + interval '23 hours' WHERE dispute_id = " + id);

        assertTrue(reminders.remindDue() >= 1);
        assertEquals(0, reminders.remindDue(), "a request is reminded once");

        MimeMessage reminder = Mails.await(s -> s.contains(caseNo) && s.contains("Reminder"), "the reminder");
        assertEquals("service@shop-1.example", reminder.getAllRecipients()[0].toString(), "to the shop's address");
        String text = Mails.text(reminder);
        assertTrue(text.contains("举证提醒") || text.contains("仍在等待您提交证据"), text);
        assertTrue(text.contains("is still waiting for your evidence") && text.contains("Your packing photos"), text);
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM evidence_requests WHERE dispute_id = " + id
                + " AND reminded_at IS NOT NULL"));
        mail.deliverDue();
        assertEquals(1, Mails.count(s -> s.contains(caseNo) && s.contains("Reminder")), "one reminder mail");
    }

    @Test
    void aRequestAnsweredBeforeGetsNoReminder() throws Exception {
        long answered = askedOfSeller();
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + answered);
        requests.submit(answered, Party.SELLER, "Here is how we packed it.", List.of());
        Sql.run(db, "UPDATE evidence_requests SET requested_at = now() - interval '49 hours',"
                + " due_at = now() + interval '23 hours' WHERE dispute_id = " + answered);
        long open = askedOfSeller();
        String openCaseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + open);
        Sql.run(db, "UPDATE evidence_requests SET requested_at = now() - interval '49 hours',"
                + " due_at = now() + interval '23 hours' WHERE dispute_id = " + open);

        reminders.remindDue();

        Mails.await(s -> s.contains(openCaseNo) && s.contains("Reminder"), "the open request's reminder");
        mail.deliverDue();
        assertEquals(0, Mails.count(s -> s.contains(caseNo) && s.contains("Reminder")), "none for the answered one");
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM evidence_requests WHERE dispute_id = " + answered
                + " AND reminded_at IS NOT NULL"));
    }

    @Test
    void aRequestMadeWithLessThanADayLeftIsNotReminded() {
        long id = askedOfSeller();
        Sql.run(db, "UPDATE evidence_requests SET requested_at = now() - interval '1 hour',"
                + " due_at = now() + interval '20 hours' WHERE dispute_id = " + id);

        reminders.remindDue();

        assertEquals(0, Sql.number(db, "SELECT count(*) FROM evidence_requests WHERE dispute_id = " + id
                + " AND reminded_at IS NOT NULL"), "its request mail is as recent as a reminder would be");
    }

    /** Two portal instances sweep at the same moment: the request is reminded once, its mail queued once. */
    @Test
    void twoSweepsAtOnceRemindOnce() throws Exception {
        long id = askedOfSeller();
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id);
        Sql.run(db, "UPDATE evidence_requests SET requested_at = now() - interval '49 hours',"
                + " due_at = now() + interval '23 hours' WHERE dispute_id = " + id);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = two.invokeAll(List.<Callable<Integer>> of(reminders::remindDue,
                    reminders::remindDue));
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            two.shutdown();
        }

        assertEquals(1, Sql.number(db, "SELECT count(*) FROM mail_outbox WHERE about = 'the evidence reminder in "
                + caseNo + "'"), "one mail in the outbox");
    }

    private long askedOfSeller() {
        long id = IntakeRequests.newCase();
        assertTrue(claims.claim(id, "arbiter1"));
        assertEquals(1, requests.request(id, Set.of(Party.SELLER), "Your packing photos, please.", "arbiter1").size());
        return id;
    }
}
