package arbiter.penalty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import arbiter.shop.Shops;

/**
 * Seller penalties: what one would do to a shop, and imposing it: the penalty, its line in the points
 * ledger, the measure it triggers and the shop's notice, together. Penalties of one shop are imposed one
 * at a time (the shop's row is locked), so each one's points before and after are exact.
 */
@ApplicationScoped
public class Penalties {

    @Inject
    Clock clock;

    @Inject
    Shops shops;

    @Inject
    PenaltyRules rules;

    @Inject
    PointsCalendar calendar;

    /**
     * A shop's points in the points year of today (DESIGN "Penalties": points count per calendar year in the
     * platform's zone, {@link PointsCalendar}), as the ladder counts them.
     */
    public int currentPoints(String shopId) {
        return PointsEntry.pointsOf(shopId, calendar.yearOf(clock.instant()));
    }

    /** How many of the shop's penalty notices the seller has not opened yet. */
    public long unreadNotices(String shopId) {
        return PenaltyNotice.countUnread(shopId);
    }

    /** The impact a penalty of {@code grade} would have on the shop now. */
    public Ladder.Impact preview(String shopId, PenaltyGrade grade) {
        return rules.ladder().impact(PointsEntry.pointsOf(shopId, calendar.yearOf(clock.instant())), grade);
    }

    /** What an imposed penalty left behind: the penalty, its impact, and the notice to send. */
    public record Imposed(Penalty penalty, Ladder.Impact impact, PenaltyNotice notice) {
    }

    /** Imposes the penalty of a ruling that has taken effect; part of the ruling's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Imposed impose(long rulingId, String shopId, PenaltyGrade grade) {
        shops.lock(shopId);
        Instant now = clock.instant();
        int year = calendar.yearOf(now);
        Ladder.Impact impact = rules.ladder().impact(PointsEntry.pointsOf(shopId, year), grade);

        Penalty penalty = new Penalty();
        penalty.rulingId = rulingId;
        penalty.shopId(shopId);
        penalty.grade = grade;
        penalty.points = impact.added();
        penalty.pointsYear = year;
        penalty.pointsBefore = impact.pointsBefore();
        penalty.pointsAfter = impact.pointsAfter();
        penalty.effectiveAt = now;
        penalty.persist();

        PointsEntry entry = new PointsEntry();
        entry.shopId = shopId;
        entry.pointsYear = year;
        entry.delta = impact.added();
        entry.penaltyId = penalty.id;
        entry.kind = PointsEntry.Kind.PENALTY;
        entry.recordedAt = now;
        entry.persist();

        impact.measure().ifPresent(step -> {
            ShopMeasure measure = new ShopMeasure();
            measure.shopId = shopId;
            measure.penaltyId = penalty.id;
            measure.threshold = step.threshold();
            measure.kind = step.kind();
            measure.startsAt = now;
            measure.endsAt = step.duration().map(now::plus).orElse(null);
            measure.persist();
        });

        PenaltyNotice notice = new PenaltyNotice();
        notice.penaltyId = penalty.id;
        notice.shopId = shopId;
        notice.kind = PenaltyNotice.Kind.PENALTY;
        notice.createdAt = now;
        notice.appealDeadline = now.plus(rules.appealPeriod());
        notice.persist();
        return new Imposed(penalty, impact, notice);
    }

    /** What a reversal left behind: the shop's points this year before and after, and the notice to send. */
    public record Reversed(Penalty penalty, int pointsBefore, int pointsAfter, List<ShopMeasure> lifted,
            PenaltyNotice notice) {
    }

    /**
     * Reverses an imposed penalty (its appeal was overturned): a negative line in the ledger for the year it
     * counted towards (the ledger is never edited), the measures it triggered lifted, and an overturn notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reversed reverse(long penaltyId, String by) {
        Penalty penalty = Penalty.findById(penaltyId, LockModeType.PESSIMISTIC_WRITE);
        if (penalty == null || penalty.reversedAt != null) {
            throw new IllegalStateException("penalty " + penaltyId + " is not in force");
        }
        shops.lock(penalty.shopId());
        Instant now = clock.instant();
        int before = PointsEntry.pointsOf(penalty.shopId(), calendar.yearOf(now));
        penalty.reversedAt = now;

        PointsEntry entry = new PointsEntry();
        entry.shopId = penalty.shopId();
        entry.pointsYear = penalty.pointsYear;
        entry.delta = -penalty.points;
        entry.penaltyId = penalty.id;
        entry.kind = PointsEntry.Kind.REVERSAL;
        entry.recordedAt = now;
        entry.persist();

        List<ShopMeasure> lifted = ShopMeasure.list("penaltyId = ?1 and liftedAt is null", penaltyId);
        for (ShopMeasure measure : lifted) {
            measure.liftedAt = now;
            measure.liftedBy = by;
        }

        PenaltyNotice notice = new PenaltyNotice();
        notice.penaltyId = penalty.id;
        notice.shopId = penalty.shopId();
        notice.kind = PenaltyNotice.Kind.OVERTURN;
        notice.createdAt = now;
        notice.persist();
        int after = penalty.pointsYear == calendar.yearOf(now) ? before - penalty.points : before;
        return new Reversed(penalty, before, after, lifted, notice);
    }
}
