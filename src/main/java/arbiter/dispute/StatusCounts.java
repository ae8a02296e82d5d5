package arbiter.dispute;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many disputes are in each status, for the queue's counts. Without filters the counts come from
 * {@code dispute_status_counts}, which triggers keep exact as disputes change (V5). With filters they are
 * counted, but only up to {@link #CAP} per status, which the page then shows as "10,000+": beyond that an
 * exact number helps nobody choose what to work on next. The counts come back as one text value, the
 * numbers in the order of {@link DisputeStatus}, so that the queue page fetches them in the same statement
 * as its rows and reads them without a JSON parser on its busiest path.
 */
public final class StatusCounts {

    public static final long CAP = 10_000;
    private static final DisputeStatus[] ORDER = DisputeStatus.values();
    private static final String STATUSES = Arrays.stream(ORDER)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private StatusCounts() {
    }

    /**
     * A SQL expression: the counts of the disputes matching every condition in {@code where} (alias d), whose
     * parameters are bound in the order of the conditions, once.
     */
    static String sql(List<String> where) {
        String count = where.isEmpty()
                ? "(SELECT coalesce(sum(k.n), 0) FROM dispute_status_counts k WHERE k.status = s.status)"
                : "(SELECT count(*) FROM (SELECT 1 FROM disputes d WHERE d.status = s.status AND %s LIMIT %d) capped)"
                        .formatted(String.join(" AND ", where), CAP + 1);
        return """
                (SELECT string_agg(%s::text, ',' ORDER BY s.position)
                 FROM unnest(ARRAY[%s]) WITH ORDINALITY AS s(status, position))""".formatted(count, STATUSES);
    }

    /** The counts as the expression of {@link #sql} returned them; statuses without disputes are left out. */
    static Map<DisputeStatus, Long> parse(String numbers) {
        Map<DisputeStatus, Long> counts = new EnumMap<>(DisputeStatus.class);
        String[] each = numbers.split(",");
        if (each.length != ORDER.length) {
            throw new IllegalStateException("counts for " + ORDER.length + " statuses expected: " + numbers);
        }
        for (int i = 0; i < each.length; i++) {
            long n = Long.parseLong(each[i]);
            if (n > 0) {
                counts.put(ORDER[i], n);
            }
        }
        return counts;
    }
}
