package arbiter.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, as the PostgreSQL driver and Hibernate hand them back. */
public final class SqlValues {

    private SqlValues() {
    }

    /**
     * A {@code timestamptz} column as a UTC instant, whichever type it came as ({@link Instant}, {@link Timestamp}
     * or {@link OffsetDateTime}); null for SQL NULL.
     *
     * @throws IllegalArgumentException for a value that is no time
     */
    public static Instant instant(Object column) {
        if (column == null || column instanceof Instant) {
            return (Instant) column;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + column.getClass().getName());
    }
}
