package arbiter.penalty;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a shop's points ledger; a reversal is a negative line, never an edit. */
@Entity
@Table(name = "points_ledger")
public class PointsEntry extends PanacheEntityBase {

    public enum Kind {
        PENALTY,
        REVERSAL
    }

    @Id
    @GeneratedValue(generator = "points_entry_seq")
    @SequenceGenerator(name = "points_entry_seq", sequenceName = "points_entry_seq", allocationSize = 50)
    public Long id;

    @Column(name = "shop_id", nullable = false)
    public String shopId;

    @Column(name = "points_year", nullable = false)
    public int pointsYear;

    @Column(nullable = false)
    public int delta;

    @Column(name = "penalty_id", nullable = false)
    public long penaltyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The shop's points in a calendar year: the sum of its ledger lines. */
    public static int pointsOf(String shopId, int year) {
        Long sum = getEntityManager()
                .createQuery("select coalesce(sum(e.delta), 0) from PointsEntry e"
                        + " where e.shopId = :shop and e.pointsYear = :year", Long.class)
                .setParameter("shop", shopId)
                .setParameter("year", year)
                .getSingleResult();
        return sum.intValue();
    }

    /** Several shops' points in a calendar year, in one query; shops without entries have none. */
    public static Map<String, Integer> pointsOf(Collection<String> shopIds, int year) {
        if (shopIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select e.shopId, sum(e.delta) from PointsEntry e"
                        + " where e.shopId in :shops and e.pointsYear = :year group by e.shopId", Object[].class)
                .setParameter("shops", shopIds)
                .setParameter("year", year)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue()));
    }
}
