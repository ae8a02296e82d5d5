package arbiter.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Verify chain" finds history rewritten past the database's own guard: a superuser who turns the triggers
 * off and changes or removes an event. Each test puts the event back exactly as it was afterwards.
 */
@QuarkusTest
class ChainVerificationTest {

    @Inject
    ChainVerification chain;

    @Inject
    AgroalDataSource db;

    @Test
    void anIntactTrailVerifies() {
        IntakeRequests.newCase();
        long before = Sql.number(db, "SELECT count(*) FROM audit_events");
        ChainVerification.Result result = chain.verify();
        long after = Sql.number(db, "SELECT count(*) FROM audit_events");

        assertTrue(result.intact(), () -> "broken at " + result.firstBreak());
        // Every event there was (background work may append one meanwhile).
        assertTrue(result.verified() >= before && result.verified() <= after, result.verified() + " verified");
    }

    @Test
    void aFieldChangedAsSuperuserIsFoundAndTheEventNamedOnThePage() throws Exception {
        long id = latestEventOfANewCase();
        String actor = Sql.text(db, "SELECT actor FROM audit_events WHERE id = " + id);
        try {
            pastTheTrigger("UPDATE audit_events SET actor = 'mallory' WHERE id = " + id);

            ChainVerification.Result result = chain.verify();
            assertEquals(id, result.firstBreak().orElseThrow().eventId());
            assertEquals(ChainVerification.Kind.CONTENT, result.firstBreak().get().kind());

            try (Browser browser = new Browser()) {
                browser.signIn("super1", "demo");
                String page = browser.openHtml("/supervision/audit/verify").asNormalizedText();
                assertTrue(page.contains("The chain is broken at event #" + id + "."), page);
                assertTrue(page.contains("a field was changed"), page);
            }
        } finally {
            pastTheTrigger("UPDATE audit_events SET actor = '" + actor + "' WHERE id = " + id);
        }
        assertTrue(chain.verify().intact(), "as it was once the field is put back");
    }

    @Test
    void aRemovedEventBreaksTheLinkOfTheOneAfterIt() throws Exception {
        long removed = latestEventOfANewCase();
        latestEventOfANewCase();
        long next = Sql.number(db, "SELECT min(id) FROM audit_events WHERE id > " + removed);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.execute("CREATE TEMP TABLE kept AS SELECT * FROM audit_events WHERE id = " + removed);
            try {
                s.execute("DELETE FROM audit_events WHERE id = " + removed);

                ChainVerification.Result result = chain.verify();
                assertEquals(next, result.firstBreak().orElseThrow().eventId(), "the event after the gap");
                assertEquals(ChainVerification.Kind.LINK, result.firstBreak().get().kind());
            } finally {
                s.execute("INSERT INTO audit_events SELECT * FROM kept");
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
        assertTrue(chain.verify().intact());
    }

    /** The id of the event that escalated a new case (the newest event then). */
    private long latestEventOfANewCase() {
        long disputeId = IntakeRequests.newCase();
        return Sql.number(db, "SELECT max(id) FROM audit_events WHERE target_type = 'dispute' AND target_id = '"
                + disputeId + "'");
    }

    /** Runs a statement as the database superuser with triggers off: what the append-only guard cannot stop. */
    private void pastTheTrigger(String statement) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            try {
                s.executeUpdate(statement);
            } finally {
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
    }
}
