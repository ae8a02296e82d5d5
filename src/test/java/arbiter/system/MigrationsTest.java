package arbiter.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import arbiter.TestEnvironment;
import io.quarkus.test.junit.QuarkusTest;

/** The migrations build the whole schema on an empty database, append-only where it must be, indexed where it is read. */
@QuarkusTest
class MigrationsTest {

    static final String SCRATCH = "arbiter_migrations_check";
    static final String SCRATCH_URL = "jdbc:postgresql://127.0.0.1:5432/" + SCRATCH;

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndAgainChangeNothing() throws SQLException {
        TestEnvironment.recreateDatabase(SCRATCH);
        try {
            Flyway flyway = Flyway.configure().dataSource(SCRATCH_URL, "postgres", "")
                    .locations("classpath:db/migration").load();
            MigrateResult first = flyway.migrate();
            assertTrue(first.success);
            assertTrue(first.migrationsExecuted >= 4, "all migrations ran: " + first.migrationsExecuted);
            assertEquals(0, flyway.migrate().migrationsExecuted, "a second run has nothing to do");

            Set<String> tables = tables();
            for (String expected : Set.of("shops", "disputes", "chat_messages", "photos", "photo_variants",
                    "evidence_items", "party_statements", "evidence_requests", "case_notes", "policy_clauses",
                    "rulings", "refund_instructions", "penalties", "points_ledger", "shop_measures",
                    "penalty_notices", "appeals", "appeal_photos", "audit_events", "qa_samples", "qa_reviews",
                    "ended_sessions")) {
                assertTrue(tables.contains(expected), "table " + expected + " exists: " + tables);
            }
        } finally {
            TestEnvironment.dropDatabase(SCRATCH);
        }
    }

    @Test
    void auditEventsRefuseUpdateAndDelete() throws SQLException {
        TestEnvironment.recreateDatabase(SCRATCH);
        try {
            Flyway.configure().dataSource(SCRATCH_URL, "postgres", "").locations("classpath:db/migration").load()
                    .migrate();
            try (Connection connection = DriverManager.getConnection(SCRATCH_URL, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("""
                        INSERT INTO audit_events (occurred_at, actor, actor_role, action, target_type, target_id,
                                                  prev_hash, hash)
                        VALUES (now(), 'arbiter1', 'arbitrator', 'CLAIM', 'dispute', '1', repeat('0', 64), repeat('a', 64))""");
                SQLException update = assertThrows(SQLException.class,
                        () -> statement.execute("UPDATE audit_events SET actor = 'someone else'"));
                assertTrue(update.getMessage().contains("append-only"), update.getMessage());
                assertThrows(SQLException.class, () -> statement.execute("DELETE FROM audit_events"));
                assertThrows(SQLException.class, () -> statement.execute("TRUNCATE audit_events"));
                try (ResultSet rows = statement.executeQuery("SELECT actor FROM audit_events")) {
                    assertTrue(rows.next());
                    assertEquals("arbiter1", rows.getString(1));
                }
            }
        } finally {
            TestEnvironment.dropDatabase(SCRATCH);
        }
    }

    /**
     * Every foreign key can be followed from its child rows by an index leading with its columns, unless listed
     * here with the reason it never needs to: an unindexed key makes each lookup by it, and each delete of a
     * parent row, read the whole child table. (That the entities match the schema, start-up checks already:
     * schema-management is {@code validate}.)
     */
    @Test
    void everyForeignKeyIsIndexedOrListedWithAReason() throws SQLException {
        Set<String> unindexedOnPurpose = Set.of(
                // chat messages are never deleted; evidence is read by its dispute
                "evidence_items(chat_message_id) -> chat_messages",
                // clauses are retired, never deleted or renumbered; rulings are read by dispute and by time
                "rulings(clause_code,clause_version) -> policy_clauses");
        TestEnvironment.recreateDatabase(SCRATCH);
        try {
            Flyway.configure().dataSource(SCRATCH_URL, "postgres", "").locations("classpath:db/migration").load()
                    .migrate();
            Set<String> unindexed = new HashSet<>();
            try (Connection connection = DriverManager.getConnection(SCRATCH_URL, "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            SELECT c.conrelid::regclass || '(' || (SELECT string_agg(a.attname, ',' ORDER BY a.attnum)
                                   FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey))
                                   || ') -> ' || c.confrelid::regclass
                            FROM pg_constraint c
                            WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
                              AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                                  AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)]
                                      @> c.conkey)""")) {
                while (rows.next()) {
                    unindexed.add(rows.getString(1));
                }
            }
            assertEquals(unindexedOnPurpose, unindexed, "foreign keys without an index leading with their columns");
        } finally {
            TestEnvironment.dropDatabase(SCRATCH);
        }
    }

    private static Set<String> tables() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(SCRATCH_URL, "postgres", "");
                ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
