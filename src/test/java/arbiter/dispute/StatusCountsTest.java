package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The queue's counts: kept exact by the database as disputes come, change and go; filtered counts stop at a cap. */
@QuarkusTest
class StatusCountsTest {

    @Inject
    AgroalDataSource db;

    @Inject
    CaseClaims claims;

    @Inject
    DisputeQueue queue;

    @Test
    void keptCountsEqualTheRowsAfterInsertsClaimsReleasesAndDeletes() throws Exception {
        long id = IntakeRequests.newCase();
        claims.claim(id, "arbiter1");
        try (QueueFixture fixture = new QueueFixture(db, 120)) {
            claims.takeNext("arbiter2");
            claims.release(id, "arbiter1");
            claims.claim(fixture.ids.get(5), "arbiter1");
            assertEquals(actual(), kept());
        }
        assertEquals(actual(), kept(), "after the fixture's rows are deleted");
        assertEquals(actual(), queue.page(filter(null), "arbiter1", 50).counts().entrySet().stream()
                .collect(TreeMap::new, (m, e) -> m.put(e.getKey().name(), e.getValue()), Map::putAll),
                "what the queue reads");
    }

    @Test
    void filteredCountsStopAtTheCap() throws Exception {
        try (QueueFixture fixture = new QueueFixture(db, (int) StatusCounts.CAP + 5)) {
            QueuePage page = queue.page(filter("QUALITY"), "arbiter1", 50);

            assertEquals(StatusCounts.CAP + 1, page.counts().get(DisputeStatus.ESCALATED));
            assertEquals("10,000+", page.countLabel(DisputeStatus.ESCALATED));
            assertTrue(fixture.ids.size() > StatusCounts.CAP);
        }
    }

    /** The queue's default view, narrowed to a reason when one is given. */
    private static QueueFilter filter(String reason) {
        return QueueFilter.parse(null, reason, null, null, null, null, null, null, null);
    }

    private Map<String, Long> actual() throws Exception {
        return query("SELECT status, count(*) FROM disputes GROUP BY status");
    }

    private Map<String, Long> kept() throws Exception {
        return query("SELECT status, sum(n) FROM dispute_status_counts GROUP BY status HAVING sum(n) <> 0");
    }

    private Map<String, Long> query(String sql) throws Exception {
        Map<String, Long> result = new TreeMap<>();
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                result.put(r.getString(1), r.getLong(2));
            }
        }
        return result;
    }
}
