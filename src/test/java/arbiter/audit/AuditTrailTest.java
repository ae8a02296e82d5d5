package arbiter.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;

/** Every state change leaves an event; the events form one hash chain the database will not let anyone edit. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    @Test
    void claimsAndReleasesAreChainedEventsWithTheirBeforeAndAfter() {
        long id = IntakeRequests.newCase();
        claims.claim(id, "arbiter1");
        claims.release(id, "arbiter1");

        List<AuditEvent> all = QuarkusTransaction.requiringNew().call(() -> AuditEvent.listAll(Sort.by("id")));
        String previous = AuditHash.GENESIS;
        for (AuditEvent event : all) {
            assertEquals(previous, event.prevHash, "event " + event.id + " links to the one before it");
            assertEquals(AuditHash.of(event), event.hash, "event " + event.id + " is what was hashed");
            previous = event.hash;
        }
        List<AuditEvent> ofCase = all.stream().filter(e -> e.targetId.equals(Long.toString(id))).toList();
        assertEquals(List.of("ESCALATED", "CLAIMED", "RELEASED"), ofCase.stream().map(e -> e.action).toList());
        AuditEvent released = ofCase.get(2);
        assertTrue(released.beforeState.contains("arbiter1"), released.beforeState);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEvent() throws SQLException {
        IntakeRequests.newCase();
        try (Connection c = db.getConnection()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("UPDATE audit_events SET actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM audit_events"));
        }
        assertFalse(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor", "someone else") > 0));
    }
}
