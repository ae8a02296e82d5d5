package arbiter.seller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.penalty.PointsCalendar;
import arbiter.penalty.PointsEntry;
import arbiter.penalty.ShopMeasure;

/** A shop's points this year, the measures in force, and the ledger lines behind the points. */
@ApplicationScoped
public class ShopPoints {

    @Inject
    Clock clock;

    @Inject
    PointsCalendar calendar;

    /** One line of the ledger, with the case it came from and the running total after it. */
    public record Line(Instant at, PointsEntry.Kind kind, int delta, int total, String caseNo) {
    }

    /** The shop's standing: points this year, measures in force, and the year's ledger, oldest first. */
    public record Standing(int year, int points, List<ShopMeasure> measures, List<Line> history) {
    }

    public Standing of(String shopId) {
        Instant now = clock.instant();
        int year = calendar.yearOf(now);
        List<Object[]> rows = PointsEntry.getEntityManager().createQuery("""
                select e.recordedAt, e.kind, e.delta, r.dispute.caseNo
                from PointsEntry e, Penalty p, Ruling r
                where p.id = e.penaltyId and r.id = p.rulingId and e.shopId = ?1 and e.pointsYear = ?2
                order by e.recordedAt, e.id""", Object[].class)
                .setParameter(1, shopId).setParameter(2, year).getResultList();
        List<Line> history = new ArrayList<>(rows.size());
        int total = 0;
        for (Object[] r : rows) {
            total += (Integer) r[2];
            history.add(new Line((Instant) r[0], (PointsEntry.Kind) r[1], (Integer) r[2], total, (String) r[3]));
        }
        List<ShopMeasure> measures = ShopMeasure.list(
                "shopId = ?1 and liftedAt is null and (endsAt is null or endsAt > ?2) order by startsAt", shopId, now);
        return new Standing(year, total, measures, history);
    }
}
