package arbiter.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each action taken on the pages by a signed-in user writes exactly one event, naming that user, their role,
 * the state before and after; an action that fails writes none. A change refused to the user's role writes
 * one ACCESS_DENIED event, and nothing on the case.
 */
@QuarkusTest
class OneEventPerActionTest {

    @jakarta.inject.Inject
    arbiter.identity.StaffDirectory staff;

    @Inject
    AgroalDataSource db;

    @Test
    void everyCaseActionOnThePagesWritesOneEventWithActorBeforeAndAfter() throws Exception {
        long id = IntakeRequests.newCase();
        staff.learn("arbiter2", "Arbiter Two", "arbitrator"); // as if arbiter2 had signed in before
        try (Browser arbitrator = new Browser(); Browser supervisor = new Browser()) {
            arbitrator.signIn("arbiter1", "demo");
            supervisor.signIn("super1", "demo");

            one(arbitrator, id, "/claim", "CLAIMED", "arbiter1", "arbitrator", "{}",
                    "{\"assignee\": \"arbiter1\"}");
            one(arbitrator, id, "/notes", "NOTE_ADDED", "arbiter1", "arbitrator", "{}",
                    "{\"note\": \"Asked the courier for the weight record.\"}",
                    "body", "Asked the courier for the weight record.");
            one(supervisor, id, "/reassign", "REASSIGNED", "super1", "supervisor", "{\"assignee\": \"arbiter1\"}",
                    "{\"assignee\": \"arbiter2\"}", "arbitrator", "arbiter2");
            one(supervisor, id, "/unlock", "UNLOCKED", "super1", "supervisor", "{\"assignee\": \"arbiter2\"}", "{}");
            one(arbitrator, id, "/claim", "CLAIMED", "arbiter1", "arbitrator", "{}",
                    "{\"assignee\": \"arbiter1\"}");
            one(arbitrator, id, "/release", "RELEASED", "arbiter1", "arbitrator", "{\"assignee\": \"arbiter1\"}", "{}");
            one(arbitrator, id, "/claim", "CLAIMED", "arbiter1", "arbitrator", "{}",
                    "{\"assignee\": \"arbiter1\"}");
            one(arbitrator, id, "/evidence-requests", "EVIDENCE_REQUESTED", "arbiter1", "arbitrator", "{}", null,
                    "party", "SELLER", "note", "Photos of the parcel as it was sent.");
        }
    }

    @Test
    void rulingsAndTheirApprovalOrRejectionWriteOneEventEach() throws Exception {
        long approved = IntakeRequests.newCase(dispute -> IntakeRequests.amount(dispute, 900000));
        long sentBack = IntakeRequests.newCase(dispute -> IntakeRequests.amount(dispute, 900000));
        try (Browser arbitrator = new Browser(); Browser supervisor = new Browser()) {
            arbitrator.signIn("arbiter1", "demo");
            supervisor.signIn("super1", "demo");
            for (long id : new long[] { approved, sentBack }) {
                post(arbitrator, id, "/claim");
                one(arbitrator, id, "/rulings", "RULED", "arbiter1", "arbitrator", "{\"status\": \"IN_REVIEW\"}", null,
                        "outcome", "FULL_REFUND", "refund", "9000", "responsible", "SELLER", "clause", "QUAL-1/1",
                        "rationale", "The coat delivered is not the one listed in the order.",
                        "version", Long.toString(Sql.version(db, id)), "action", "rule");
            }
            long first = Sql.number(db, "SELECT id FROM rulings WHERE dispute_id = " + approved);
            long second = Sql.number(db, "SELECT id FROM rulings WHERE dispute_id = " + sentBack);
            oneAt(supervisor, approved, "/supervision/approvals/" + first + "/approve", "RULING_APPROVED", "super1",
                    "supervisor", "{\"state\": \"PENDING_APPROVAL\"}", "{\"state\": \"EFFECTIVE\"}");
            oneAt(supervisor, sentBack, "/supervision/approvals/" + second + "/reject", "RULING_REJECTED", "super1",
                    "supervisor", "{\"state\": \"PENDING_APPROVAL\"}", null, "reason", "The refund should be partial.");

            long events = events(approved);
            supervisor.post("/supervision/approvals/" + first + "/approve");
            assertEquals(events, events(approved), "approving twice: the second writes nothing");
        }
    }

    @Test
    void failedActionsWriteNoEvent() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser arbitrator = new Browser(); Browser other = new Browser()) {
            arbitrator.signIn("arbiter1", "demo");
            other.signIn("arbiter2", "demo");
            post(arbitrator, id, "/claim");
            long events = events(id);

            post(arbitrator, id, "/notes", "body", "   ");
            post(other, id, "/claim");
            post(arbitrator, id, "/evidence-requests", "note", "No party chosen.");
            post(arbitrator, id, "/reassign", "arbitrator", "arbiter2");
            arbitrator.post("/disputes/" + id + "/rulings", "outcome", "FULL_REFUND", "responsible", "NEITHER",
                    "clause", "QUAL-1/1", "rationale", "too short", "version", "0", "action", "rule");

            assertEquals(events, events(id), "no event for a blank note, a claim of a held case, a request without"
                    + " a party, a reassign by an arbitrator, nor a ruling the form refused");
            assertEquals("IN_REVIEW:arbiter1", Sql.text(db, "SELECT status || ':' || assignee FROM disputes WHERE id = "
                    + id));
        }
    }

    @Test
    void aChangeRefusedToTheRoleIsRecordedAsAccessDenied() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser arbitrator = new Browser()) {
            arbitrator.signIn("arbiter1", "demo");
            String route = "POST /disputes/" + id + "/unlock";
            String refusals = "SELECT count(*) FROM audit_events WHERE action = 'ACCESS_DENIED' AND target_id = '"
                    + route + "'";

            assertEquals(403, post(arbitrator, id, "/unlock"));

            long deadline = System.currentTimeMillis() + 5000;
            while (Sql.number(db, refusals) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50); // written by a worker once the refusal is answered
            }
            assertEquals(1, Sql.number(db, refusals));
            assertEquals("arbiter1:arbitrator:route", Sql.text(db, "SELECT actor || ':' || actor_role || ':' ||"
                    + " target_type FROM audit_events WHERE action = 'ACCESS_DENIED' AND target_id = '" + route + "'"));
            assertEquals(1, events(id), "only the escalation on the case itself");
        }
    }

    /** Posts {@code action} on the case, and checks the one event it wrote; {@code after} null: not compared. */
    private void one(Browser browser, long id, String action, String expectedAction, String actor, String role,
            String before, String after, String... fields) throws Exception {
        oneAt(browser, id, "/disputes/" + id + action, expectedAction, actor, role, before, after, fields);
    }

    /** Posts to {@code path}, and checks the one event it wrote on case {@code id}. */
    private void oneAt(Browser browser, long id, String path, String expectedAction, String actor, String role,
            String before, String after, String... fields) throws Exception {
        String action = path;
        long last = Sql.number(db, "SELECT coalesce(max(id), 0) FROM audit_events");
        int status = browser.post(path, fields);
        assertTrue(status == 200 || status == 303, action + " answered " + status);
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM audit_events WHERE id > " + last
                + " AND target_id = '" + id + "'"), action + ": one event");
        String found = Sql.text(db, "SELECT action || '|' || actor || '|' || actor_role || '|' || coalesce("
                + "before_state::text, '{}') || '|' || coalesce(after_state::text, '{}') FROM audit_events WHERE id > "
                + last + " AND target_id = '" + id + "'");
        String[] parts = found.split("\\|");
        assertEquals(expectedAction, parts[0], action);
        assertEquals(actor, parts[1], action);
        assertEquals(role, parts[2], action);
        assertEquals(before, parts[3], action + ": before");
        if (after != null) {
            assertEquals(after, parts[4], action + ": after");
        } else {
            assertTrue(parts[4].length() > 2, action + ": something after");
        }
    }

    private int post(Browser browser, long id, String action, String... fields) throws Exception {
        return browser.post("/disputes/" + id + action, fields);
    }

    private long events(long id) {
        return Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'dispute' AND target_id = '"
                + id + "'");
    }
}
