package arbiter.dispute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;

/**
 * Escalated disputes written straight into the table, many at once, for tests of the queue itself; they are
 * the most urgent in the queue (due long ago) and are removed again afterwards.
 */
final class QueueFixture implements AutoCloseable {

    private final AgroalDataSource dataSource;
    private final String tag = "QF-" + UUID.randomUUID();
    final List<Long> ids = new ArrayList<>();

    QueueFixture(AgroalDataSource dataSource, int count) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("""
                    INSERT INTO shops (id, name, contact_email) VALUES ('shop-fixture', 'Fixture shop', 'f@x.example')
                    ON CONFLICT DO NOTHING""");
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund,
                        buyer_statement, escalated_by, escalated_at, sla_due_at, status)
                    SELECT nextval('dispute_seq') * 1000 + g, ? || '-' || g, ? || '-' || g, 'x', 'shop-fixture',
                           '1', 'item', 1000, 'CNY', now() - interval '10 days', 'b', 'n', 'QUALITY', 1000, 's',
                           'BUYER', timestamp '1999-12-01' + g * interval '1 minute',
                           timestamp '2000-01-01' + g * interval '1 minute', 'ESCALATED'
                    FROM generate_series(1, ?) g
                    RETURNING id""")) {
                insert.setString(1, tag);
                insert.setString(2, tag);
                insert.setInt(3, count);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        }
    }

    String statusOf(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c
                        .prepareStatement("SELECT status || ':' || coalesce(assignee, '') FROM disputes WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** Puts the case in review with {@code arbiter}, as a claim does (the queue's change counter counts it). */
    void claim(long id, String arbiter) throws SQLException {
        update(id, "UPDATE disputes SET status = 'IN_REVIEW', assignee = ?, lease_expires_at = now() + interval '1 hour'"
                + " WHERE id = ?", arbiter);
    }

    /** Back to escalated with nobody holding it, as a release does. */
    void release(long id) throws SQLException {
        update(id, "UPDATE disputes SET status = 'ESCALATED', assignee = NULL, lease_expires_at = NULL WHERE id = ?");
    }

    private void update(long id, String sql, String... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setString(i + 1, values[i]);
            }
            q.setLong(values.length + 1, id);
            q.executeUpdate();
        }
    }

    void expireLease(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "UPDATE disputes SET lease_expires_at = now() - interval '1 minute' WHERE id = ?")) {
            q.setLong(1, id);
            q.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement events = c.prepareStatement("DELETE FROM case_events WHERE external_id LIKE ?");
                PreparedStatement delete = c.prepareStatement("DELETE FROM disputes WHERE external_id LIKE ?")) {
            // The fixture's cases and the events claiming them wrote (the platform never saw these cases).
            events.setString(1, tag + "-%");
            events.executeUpdate();
            delete.setString(1, tag + "-%");
            delete.executeUpdate();
        }
    }
}
