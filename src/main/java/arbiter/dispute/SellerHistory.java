package arbiter.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.penalty.PointsCalendar;

/**
 * What an arbitrator wants to know about the shop in a case: its points this year, its disputes of the
 * last 90 days, and how many of those that were ruled went the buyer's way. Read in one statement (a case
 * page has a budget of eight); it reads the points ledger and the rulings directly for that reason.
 */
@ApplicationScoped
public class SellerHistory {

    static final Duration WINDOW = Duration.ofDays(90);

    @Inject
    Clock clock;

    @Inject
    PointsCalendar pointsCalendar;

    public record Summary(int points, long disputes, long ruled, long ruledForBuyer) {

        /** The share of ruled disputes that went the buyer's way, in whole percent; -1 when none was ruled. */
        public int forBuyerPercent() {
            return ruled == 0 ? -1 : (int) Math.round(100.0 * ruledForBuyer / ruled);
        }
    }

    public Summary of(String shopId) {
        Instant now = clock.instant();
        Object[] row = (Object[]) Dispute.getEntityManager().createNativeQuery("""
                SELECT (SELECT coalesce(sum(delta), 0) FROM points_ledger
                        WHERE shop_id = ?1 AND points_year = ?2),
                       count(*),
                       count(r.id),
                       count(r.id) FILTER (WHERE r.outcome IN ('FULL_REFUND', 'PARTIAL_REFUND'))
                FROM disputes d
                LEFT JOIN rulings r ON r.dispute_id = d.id AND r.state = 'EFFECTIVE'
                WHERE d.shop_id = ?1 AND d.escalated_at >= ?3""")
                .setParameter(1, shopId)
                .setParameter(2, pointsCalendar.yearOf(now))
                .setParameter(3, Timestamp.from(now.minus(WINDOW)))
                .getSingleResult();
        return new Summary(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }
}
