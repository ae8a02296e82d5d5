package arbiter.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many disputes are in each status, for the queue's counts, in one statement however many there are.
 * Without filters the counts come from {@code dispute_status_counts}, which triggers keep exact as disputes
 * change (V5). With filters they are counted, but only up to {@link #CAP} per status, which the page then
 * shows as "10,000+": beyond that an exact number helps nobody choose what to work on next.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatusCounts {

    public static final long CAP = 10_000;

    /** The counts for disputes matching every SQL condition in {@code where} (alias {@code d}). */
    public Map<DisputeStatus, Long> of(List<String> where, Map<String, Object> parameters) {
        Map<DisputeStatus, Long> counts = new EnumMap<>(DisputeStatus.class);
        List<?> rows;
        if (where.isEmpty()) {
            rows = Dispute.getEntityManager().createNativeQuery(
                    "SELECT status, sum(n) FROM dispute_status_counts GROUP BY status").getResultList();
        } else {
            var query = Dispute.getEntityManager().createNativeQuery("""
                    SELECT s.status, (SELECT count(*) FROM (SELECT 1 FROM disputes d
                                                            WHERE d.status = s.status AND %s
                                                            LIMIT %d) capped)
                    FROM unnest(:statuses) AS s(status)""".formatted(String.join(" AND ", where), CAP + 1));
            query.setParameter("statuses", statusNames());
            parameters.forEach((name, value) -> query.setParameter(name, value instanceof Enum<?> e ? e.name() : value));
            rows = query.getResultList();
        }
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long n = ((Number) columns[1]).longValue();
            if (n > 0) {
                counts.put(DisputeStatus.valueOf((String) columns[0]), n);
            }
        }
        return counts;
    }

    private static String[] statusNames() {
        return java.util.Arrays.stream(DisputeStatus.values()).map(Enum::name).toArray(String[]::new);
    }
}
