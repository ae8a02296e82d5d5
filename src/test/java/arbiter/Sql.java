package arbiter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;

/** Looking at, and setting up, the test database directly: what a test checks after the portal acted. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row as text; null when there is no row. */
    public static String text(AgroalDataSource db, String query) {
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
    }

    public static long number(AgroalDataSource db, String query) {
        return Long.parseLong(text(db, query));
    }

    /** The first column of every row, as numbers. */
    public static java.util.List<Long> numbers(AgroalDataSource db, String query) {
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            java.util.List<Long> values = new java.util.ArrayList<>();
            while (r.next()) {
                values.add(r.getLong(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
    }

    /** The case's version now, as a ruling form would carry it. */
    public static long version(AgroalDataSource db, long disputeId) {
        return number(db, "SELECT version FROM disputes WHERE id = " + disputeId);
    }

    /** Runs a change; the number of rows it touched. */
    public static int run(AgroalDataSource db, String statement) {
        try (Connection c = db.getConnection()) {
            return c.createStatement().executeUpdate(statement);
        } catch (SQLException e) {
            throw new AssertionError(statement, e);
        }
    }
}
