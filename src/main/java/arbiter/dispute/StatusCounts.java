package arbiter.dispute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many disputes are in each status, for the queue's counts. Without filters the counts come from
 * {@code dispute_status_counts}, which triggers keep exact as disputes change (V5). With filters they are
 * counted, but only up to {@link #CAP} per status, which the page then shows as "10,000+": beyond that an
 * exact number helps nobody choose what to work on next. The counts are a JSON object made in SQL, so that
 * the queue page can fetch them in the same statement as its rows.
 */
public final class StatusCounts {

    public static final long CAP = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() { };
    private static final String STATUSES = Arrays.stream(DisputeStatus.values())
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private StatusCounts() {
    }

    /** A SQL expression: the counts of the disputes matching every condition in {@code where} (alias d). */
    static String sql(List<String> where) {
        if (where.isEmpty()) {
            return """
                    (SELECT coalesce(json_object_agg(status, n), '{}')::text
                     FROM (SELECT status, sum(n) AS n FROM dispute_status_counts GROUP BY status) kept)""";
        }
        return """
                (SELECT json_object_agg(s.status, (SELECT count(*) FROM (SELECT 1 FROM disputes d
                                                                          WHERE d.status = s.status AND %s
                                                                          LIMIT %d) capped))::text
                 FROM unnest(ARRAY[%s]) AS s(status))""".formatted(String.join(" AND ", where), CAP + 1, STATUSES);
    }

    /** The counts as the expression of {@link #sql} returned them; statuses without disputes are left out. */
    static Map<DisputeStatus, Long> parse(String json) {
        Map<DisputeStatus, Long> counts = new EnumMap<>(DisputeStatus.class);
        try {
            JSON.readValue(json, COUNTS).forEach((status, n) -> {
                if (n > 0) {
                    counts.put(DisputeStatus.valueOf(status), n);
                }
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts that are not a JSON object: " + json, e);
        }
        return counts;
    }
}
