package arbiter.dispute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;

/**
 * Disputes and their rulings written straight into the tables at times counted back from a fixed "now", for the
 * tests of the parties' record (a read model over them): each with its shop, buyer, reason, status and, when ruled,
 * a ruling in the state given. Ids are far above any the portal allocates; {@link #close()} removes them again.
 */
final class RecordFixture implements AutoCloseable {

    private final AgroalDataSource db;
    private final Instant now;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> ids = new ArrayList<>();

    RecordFixture(AgroalDataSource db, Instant now) {
        this.db = db;
        this.now = now;
    }

    /** An id for a shop, buyer or other name unique to this fixture. */
    String unique(String prefix) {
        return prefix + "-" + tag;
    }

    /** A shop of that id. */
    String shop(String id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO shops (id, name, contact_email) VALUES (?, ?, 'record@x.example')")) {
            insert.setString(1, id);
            insert.setString(2, "Record shop " + id);
            insert.executeUpdate();
        }
        return id;
    }

    /** A dispute that is not ruled: {@code status} ESCALATED, IN_REVIEW or PENDING_APPROVAL. */
    long open(String shop, String buyer, DisputeReason reason, int daysAgo, DisputeStatus status) throws SQLException {
        return dispute(shop, buyer, reason, daysAgo, status, null, null);
    }

    /** A dispute ruled {@code outcome} by a ruling in effect, which the dispute keeps (as Disputes.ruled does). */
    long ruled(String shop, String buyer, DisputeReason reason, int daysAgo, String outcome) throws SQLException {
        long id = dispute(shop, buyer, reason, daysAgo, DisputeStatus.RULED, null, outcome);
        ruling(id, outcome, "EFFECTIVE", daysAgo);
        return id;
    }

    /** A dispute the platform withdrew for {@code why}. */
    long withdrawn(String shop, String buyer, DisputeReason reason, int daysAgo, WithdrawalReason why)
            throws SQLException {
        return dispute(shop, buyer, reason, daysAgo, DisputeStatus.WITHDRAWN, why, null);
    }

    /**
     * A ruling of the dispute of that id, in {@code state} (EFFECTIVE, PENDING_APPROVAL or SENT_BACK); only
     * {@link #ruled} also gives the dispute its outcome, as only a ruling taking effect does.
     */
    void ruling(long disputeId, String outcome, String state, int daysAgo) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO rulings (id, dispute_id, outcome, refund_amount, currency, responsible_party, clause_code,
                    clause_version, rationale, arbitrator, ruled_at, evidence_hashes, state, seconds_to_ruling, sla_met)
                VALUES (nextval('ruling_seq') * 1000 + 7, ?, ?, ?, 'CNY', 'NEITHER', 'QUAL-1', 1,
                    'A fixture ruling for the parties'' record.', 'arbiter1', ?, '{}', ?, 3600, true)""")) {
            insert.setLong(1, disputeId);
            insert.setString(2, outcome);
            insert.setLong(3, outcome.equals("REJECTED") ? 0 : outcome.equals("FULL_REFUND") ? 1000 : 500);
            insert.setObject(4, utc(at(daysAgo).plus(Duration.ofHours(1))), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(5, state);
            insert.executeUpdate();
        }
    }

    /** The time {@code days} days before the fixture's now. */
    Instant at(int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }

    private long dispute(String shop, String buyer, DisputeReason reason, int daysAgo, DisputeStatus status,
            WithdrawalReason withdrawal, String outcome) throws SQLException {
        boolean held = status == DisputeStatus.IN_REVIEW || status == DisputeStatus.PENDING_APPROVAL;
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                    amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund, buyer_statement,
                    escalated_by, escalated_at, sla_due_at, status, assignee, claimed_at, lease_expires_at,
                    withdrawn_at, withdrawal_reason, withdrawal_note, outcome)
                SELECT n, 'AR-REC-' || n, 'TB-REC-' || n, 'x', ?, '1', 'item', 1000, 'CNY', ?, ?, 'nick', ?, 1000,
                       'A statement.', 'BUYER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                FROM (SELECT nextval('dispute_seq') * 1000 + 7 AS n) s
                RETURNING id""")) {
            Instant escalated = at(daysAgo);
            insert.setString(1, shop);
            insert.setObject(2, utc(escalated.minus(Duration.ofDays(10))), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(3, buyer);
            insert.setString(4, reason.name());
            insert.setObject(5, utc(escalated), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(6, utc(escalated.plus(Duration.ofHours(72))), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(7, status.name());
            insert.setString(8, held ? "arbiter1" : null);
            insert.setObject(9, held ? utc(escalated) : null, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(10, held ? utc(now.plus(Duration.ofDays(1))) : null, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(11, withdrawal == null ? null : utc(escalated.plus(Duration.ofDays(1))),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(12, withdrawal == null ? null : withdrawal.name());
            insert.setString(13, withdrawal == null ? null : "Withdrawn by the platform.");
            insert.setString(14, outcome);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                ids.add(row.getLong(1));
                return row.getLong(1);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Removes the fixture's disputes and their rulings (its shops stay: other tables may name them). */
    @Override
    public void close() throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM rulings WHERE dispute_id IN (" + in + ")");
            c.createStatement().executeUpdate("DELETE FROM disputes WHERE id IN (" + in + ")");
        }
    }
}
