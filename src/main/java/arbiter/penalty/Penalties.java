package arbiter.penalty;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * A penalty as the other features show it (records, not the entity).
     *
     * @param id the penalty's id
     * @param rulingId the id of the ruling that imposed it
     * @param shopId the shop penalised
     * @param grade its grade
     * @param points the points it added (0 for a warning)
     * @param pointsYear the calendar year (platform zone) whose total it counts towards
     * @param pointsBefore the shop's points that year before it
     * @param pointsAfter the shop's points that year with it
     * @param effectiveAt when it took effect (UTC instant)
     * @param reversedAt when an overturned appeal reversed it (UTC instant); null while it is in force
     */
    public record Summary(long id, long rulingId, String shopId, PenaltyGrade grade, int points, int pointsYear,
            int pointsBefore, int pointsAfter, Instant effectiveAt, Instant reversedAt) {

        static Summary of(Penalty p) {
            return new Summary(p.id, p.rulingId, p.shopId(), p.grade, p.points, p.pointsYear, p.pointsBefore,
                    p.pointsAfter, p.effectiveAt, p.reversedAt);
        }
    }

    /**
     * A notice to a shop about one of its penalties.
     *
     * @param id the notice's id
     * @param penaltyId the penalty it is about
     * @param shopId the shop told
     * @param kind {@code PENALTY} when the penalty took effect, {@code OVERTURN} when an appeal reversed it
     * @param createdAt when it was written (UTC instant)
     * @param appealDeadline until when the shop may appeal (UTC instant); null on an overturn notice
     * @param firstReadAt when the seller first opened it (UTC instant); null while unread
     */
    public record Notice(long id, long penaltyId, String shopId, PenaltyNotice.Kind kind, Instant createdAt,
            Instant appealDeadline, Instant firstReadAt) {

        static Notice of(PenaltyNotice n) {
            return new Notice(n.id, n.penaltyId, n.shopId, n.kind, n.createdAt, n.appealDeadline, n.firstReadAt);
        }
    }

    /** A notice together with the penalty it is about ({@link Notice}, {@link Summary}). */
    public record NoticeOfPenalty(Notice notice, Summary penalty) {
    }

    /**
     * A measure a penalty started against its shop.
     *
     * @param kind restriction, closure or seal
     * @param threshold the points total (of the year) that started it
     * @param startsAt when it started (UTC instant)
     * @param endsAt when it ends by itself (UTC instant); null for one without an end (a seal)
     * @param liftedAt when it was lifted early (UTC instant); null when it was not
     * @param liftedBy who lifted it (a supervisor's username); null when it was not lifted
     */
    public record Measure(ShopMeasure.Kind kind, int threshold, Instant startsAt, Instant endsAt, Instant liftedAt,
            String liftedBy) {

        static Measure of(ShopMeasure m) {
            return new Measure(m.kind, m.threshold, m.startsAt, m.endsAt, m.liftedAt, m.liftedBy);
        }
    }

    /** The penalty of that id as a {@link Summary}; empty when there is none. One statement at most. */
    public Optional<Summary> summary(long penaltyId) {
        return Penalty.<Penalty> findByIdOptional(penaltyId).map(Summary::of);
    }

    /**
     * The penalties of these ids as {@link Summary} records by id, in one statement (none for no ids); an id
     * without a penalty has no entry.
     */
    public Map<Long, Summary> summaries(Collection<Long> penaltyIds) {
        if (penaltyIds.isEmpty()) {
            return Map.of();
        }
        return Penalty.<Penalty> list("id in ?1", penaltyIds).stream().map(Summary::of)
                .collect(Collectors.toMap(Summary::id, Function.identity()));
    }

    /** A shop's notices with their penalties, the newest first, in one statement; empty for a shop without. */
    public List<NoticeOfPenalty> noticesOf(String shopId) {
        return PenaltyNotice.getEntityManager().createQuery("""
                select n, p from PenaltyNotice n, Penalty p
                where p.id = n.penaltyId and n.shopId = ?1
                order by n.createdAt desc, n.id desc""", Object[].class)
                .setParameter(1, shopId).getResultList().stream()
                .map(r -> new NoticeOfPenalty(Notice.of((PenaltyNotice) r[0]), Summary.of((Penalty) r[1]))).toList();
    }

    /**
     * The notice of that id with its penalty, if it is a notice to {@code shopId}; empty for another shop's
     * notice exactly as for one that does not exist.
     */
    public Optional<NoticeOfPenalty> noticeOf(String shopId, long noticeId) {
        PenaltyNotice notice = PenaltyNotice.findById(noticeId);
        if (notice == null || !notice.shopId.equals(shopId)) {
            return Optional.empty();
        }
        return Optional.of(new NoticeOfPenalty(Notice.of(notice), Summary.of(Penalty.findById(notice.penaltyId))));
    }

    /** The notice that announced the penalty ({@code PENALTY}, not an overturn); empty when there is none. */
    public Optional<Notice> penaltyNotice(long penaltyId) {
        return PenaltyNotice.<PenaltyNotice> find("penaltyId = ?1 and kind = ?2", penaltyId, PenaltyNotice.Kind.PENALTY)
                .firstResultOptional().map(Notice::of);
    }

    /** The measures the penalty started, the earliest first; empty when it started none. */
    public List<Measure> measuresOf(long penaltyId) {
        return ShopMeasure.<ShopMeasure> list("penaltyId = ?1 order by startsAt", penaltyId).stream().map(Measure::of)
                .toList();
    }

    /**
     * Records the shop's first reading of one of its notices, now. Part of the caller's transaction, which records
     * the reading elsewhere too (the case's trail).
     *
     * @return the notice, read, with its penalty, when this call was its first reading; empty when the notice is
     *         not the shop's, does not exist, or was read before (then nothing changes)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<NoticeOfPenalty> markRead(String shopId, long noticeId) {
        PenaltyNotice notice = PenaltyNotice.findById(noticeId);
        if (notice == null || !notice.shopId.equals(shopId) || notice.firstReadAt != null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (PenaltyNotice.update("firstReadAt = ?1 where id = ?2 and firstReadAt is null", now, noticeId) != 1) {
            return Optional.empty();
        }
        Notice read = new Notice(notice.id, notice.penaltyId, notice.shopId, notice.kind, notice.createdAt,
                notice.appealDeadline, now);
        return Optional.of(new NoticeOfPenalty(read, Summary.of(Penalty.findById(notice.penaltyId))));
    }

    /** The impact a penalty of {@code grade} would have on the shop now. */
    public Ladder.Impact preview(String shopId, PenaltyGrade grade) {
        return rules.ladder().impact(PointsEntry.pointsOf(shopId, calendar.yearOf(clock.instant())), grade);
    }

    /** What an imposed penalty left behind: the penalty, its impact, and the notice to send. */
    public record Imposed(Summary penalty, Ladder.Impact impact, Notice notice) {
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
        return new Imposed(Summary.of(penalty), impact, Notice.of(notice));
    }

    /**
     * What a reversal left behind.
     *
     * @param penalty the penalty, reversed ({@link Summary#reversedAt} set)
     * @param pointsBefore the shop's points this year before the reversal
     * @param pointsAfter the shop's points this year after it (as before when the penalty counted towards another
     *        year)
     * @param lifted the measures the reversal lifted, empty when none was in force
     * @param notice the overturn notice to send
     */
    public record Reversed(Summary penalty, int pointsBefore, int pointsAfter, List<Measure> lifted, Notice notice) {
    }

    /**
     * Reverses an imposed penalty (its appeal was overturned): a negative line in the ledger for the year it
     * counted towards (the ledger is never edited), the measures it triggered lifted, and an overturn notice.
     *
     * @throws IllegalStateException when there is no such penalty or it is reversed already
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
        return new Reversed(Summary.of(penalty), before, after, lifted.stream().map(Measure::of).toList(),
                Notice.of(notice));
    }
}
