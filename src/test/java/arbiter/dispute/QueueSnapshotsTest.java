package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A queue page is served again only while nothing it shows has changed: any change to disputes (also by
 * another instance, here a plain SQL statement), to shops or to the points ledger makes the next view read
 * the database; a statement that changes no row does not.
 */
@QuarkusTest
class QueueSnapshotsTest {

    @Inject
    DisputeQueue queue;

    @Inject
    AgroalDataSource db;

    @Test
    void aPageIsReadAgainOnceAnythingItShowsHasChanged() {
        long id = IntakeRequests.newCase();
        QueueFilter view = QueueFilter.parse(null, null, null, null, null, "1", null, null, null);
        QueuePage first = queue.page(view, "arbiter1", 50);
        assertSame(first, queue.page(view, "arbiter1", 50), "nothing changed: the page kept");

        Sql.run(db, "UPDATE disputes SET status = 'IN_REVIEW', assignee = 'arbiter2', claimed_at = now(),"
                + " lease_expires_at = now() + interval '30 minutes', version = version + 1 WHERE id = " + id);
        QueuePage afterClaim = queue.page(view, "arbiter1", 50);
        assertTrue(afterClaim.rows().stream().noneMatch(r -> r.id() == id), "claimed elsewhere: gone from unassigned");

        long counter = Sql.number(db, "SELECT sum(n) FROM queue_changes");
        Sql.run(db, "UPDATE disputes SET assignee = 'nobody' WHERE id = -1");
        assertEquals(counter, Sql.number(db, "SELECT sum(n) FROM queue_changes"), "no row changed, nothing counted");
        assertSame(afterClaim, queue.page(view, "arbiter1", 50));

        Sql.run(db, "UPDATE shops SET name = name WHERE id = 'shop-1'");
        assertTrue(Sql.number(db, "SELECT sum(n) FROM queue_changes") > counter, "a shop changed");
        assertTrue(afterClaim != queue.page(view, "arbiter1", 50), "read again");
    }

    @Test
    void eachViewerHasTheirOwnMineView() {
        long id = IntakeRequests.newCase();
        Sql.run(db, "UPDATE disputes SET status = 'IN_REVIEW', assignee = 'arbiter2', claimed_at = now(),"
                + " lease_expires_at = now() + interval '30 minutes' WHERE id = " + id);
        QueueFilter mine = QueueFilter.parse(null, null, null, null, "1", null, null, null, null);

        assertTrue(queue.page(mine, "arbiter2", 50).rows().stream().anyMatch(r -> r.id() == id));
        assertTrue(queue.page(mine, "arbiter1", 50).rows().stream().noneMatch(r -> r.id() == id));
    }
}
