package arbiter.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.ruling.Ruling;
import arbiter.system.NotFound;
import arbiter.system.PlatformZone;
import io.quarkus.qute.TemplateData;

/**
 * QA sampling: a supervisor draws N rulings at random from a period (all arbitrators or one) and reviews each,
 * agreeing or not with a comment. Nobody samples or reviews their own rulings; each ruling of a sample is
 * reviewed once. The agreement rate per arbitrator is the share of their reviewed rulings agreed with.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@ApplicationScoped
public class QaSampling {

    /** The largest sample one supervisor can review in a sitting. */
    public static final int MAX_SIZE = 200;
    public static final int COMMENT_MAX = 2000;

    /** An arbitrator named in a sample's filter is a user name of at most this many characters. */
    public static final int ARBITRATOR_MAX = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A sample or review that cannot be made as asked; {@code reason} says why. Nothing is stored. */
    public static class QaRefused extends RuntimeException {

        /** Why (DESIGN "Quality assurance"). */
        public enum Reason {
            /** The sample size is not between 1 and {@link #MAX_SIZE}. */
            SIZE,
            /** The period is missing, malformed or ends before it starts. */
            PERIOD,
            /** The arbitrator named is longer than a user name may be ({@link #ARBITRATOR_MAX}). */
            ARBITRATOR,
            /** No effective ruling of another arbitrator falls in the period. */
            EMPTY,
            /** The review names no verdict. */
            VERDICT,
            /** A disagreement without a comment, or a comment longer than {@link #COMMENT_MAX}. */
            COMMENT,
            /** The ruling has been reviewed already. */
            REVIEWED,
            /** A supervisor may not review their own ruling. */
            OWN_RULING
        }

        public final Reason reason;

        QaRefused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    /**
     * One ruling of a sample with its review, unreviewed while {@code review.verdict} is null, as one supervisor
     * sees it: {@code ownRuling} when the ruling is theirs, which they may not review ({@link #review}).
     */
    public record Item(QaReview review, Ruling ruling, boolean ownRuling) {

        /** The review's id, as {@link QaSampling#review} takes it. */
        public long reviewId() {
            return review.id;
        }
    }

    /** One arbitrator's QA: rulings reviewed, agreed with, and the share agreed. */
    public record Agreement(String arbitrator, long reviewed, long agreed) {

        public long percent() {
            return reviewed == 0 ? 0 : Math.round(100.0 * agreed / reviewed);
        }
    }

    /**
     * Draws a sample of {@code size} (1 to {@value #MAX_SIZE}) rulings at random from {@code from}..{@code to} (days
     * in the platform's zone), of one arbitrator or all; none of them {@code supervisor}'s own. Answers the new
     * sample's id.
     *
     * @throws QaRefused with its reason: a size, period or arbitrator out of range, or no ruling to draw
     */
    public long draw(String supervisor, LocalDate from, LocalDate to, String arbitrator, int size) {
        return draw(supervisor, from, to, arbitrator, size, false);
    }

    /**
     * As {@link #draw(String, LocalDate, LocalDate, String, int)}, from the rulings that departed from their close
     * precedents alone when {@code departuresOnly} (issue 17, DESIGN "Ruling").
     *
     * @throws QaRefused with its reason: a size, period or arbitrator out of range, or no ruling to draw
     */
    @Transactional
    public long draw(String supervisor, LocalDate from, LocalDate to, String arbitrator, int size,
            boolean departuresOnly) {
        if (size < 1 || size > MAX_SIZE) {
            throw new QaRefused(QaRefused.Reason.SIZE);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new QaRefused(QaRefused.Reason.PERIOD);
        }
        if (arbitrator != null && arbitrator.length() > ARBITRATOR_MAX) {
            throw new QaRefused(QaRefused.Reason.ARBITRATOR);
        }
        Instant start = from.atStartOfDay(PlatformZone.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(PlatformZone.ZONE).toInstant();
        @SuppressWarnings("unchecked")
        List<Number> drawn = em.createNativeQuery("""
                SELECT id FROM rulings
                WHERE state = 'EFFECTIVE' AND ruled_at >= ?1 AND ruled_at < ?2 AND arbitrator <> ?3
                  AND (CAST(?4 AS text) IS NULL OR arbitrator = ?4) AND (departure OR NOT ?6)
                ORDER BY random()
                LIMIT ?5""")
                .setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end))
                .setParameter(3, supervisor).setParameter(4, arbitrator).setParameter(5, size)
                .setParameter(6, departuresOnly)
                .getResultList();
        if (drawn.isEmpty()) {
            throw new QaRefused(QaRefused.Reason.EMPTY);
        }
        QaSample sample = new QaSample();
        sample.drawnBy = supervisor;
        sample.drawnAt = clock.instant();
        sample.periodFrom = start;
        sample.periodTo = end;
        sample.arbitrator = arbitrator;
        sample.size = drawn.size();
        sample.departuresOnly = departuresOnly;
        sample.persist();
        for (Number rulingId : drawn) {
            QaReview review = new QaReview();
            review.sampleId = sample.id;
            review.rulingId = rulingId.longValue();
            review.persist();
        }
        Map<String, String> after = new LinkedHashMap<>();
        after.put("from", from.toString());
        after.put("to", to.toString());
        after.put("arbitrator", arbitrator == null ? "" : arbitrator);
        after.put("size", Integer.toString(sample.size));
        audit.record(AuditAction.QA_SAMPLE_DRAWN, Target.qaSample(sample.id), null, after);
        return sample.id;
    }

    @Transactional
    public QaReview review(long reviewId, String supervisor, QaReview.Verdict verdict, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (verdict == null) {
            throw new QaRefused(QaRefused.Reason.VERDICT);
        }
        if (text.length() > COMMENT_MAX || (verdict == QaReview.Verdict.DISAGREE && text.isEmpty())) {
            throw new QaRefused(QaRefused.Reason.COMMENT);
        }
        QaReview review = QaReview.findById(reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new NotFound("QA review " + reviewId);
        }
        if (review.verdict != null) {
            throw new QaRefused(QaRefused.Reason.REVIEWED);
        }
        Ruling ruling = Ruling.findById(review.rulingId);
        if (ruling.arbitrator.equals(supervisor)) {
            throw new QaRefused(QaRefused.Reason.OWN_RULING);
        }
        review.reviewer = supervisor;
        review.verdict = verdict;
        review.comment = text.isEmpty() ? null : text;
        review.reviewedAt = clock.instant();
        audit.record(AuditAction.QA_REVIEWED, Target.qaSample(review.sampleId),
                Map.of("ruling", Long.toString(review.rulingId), "verdict", ""),
                Map.of("ruling", Long.toString(review.rulingId), "verdict", verdict.name(), "comment", text));
        return review;
    }

    public List<QaSample> recent(int limit) {
        return QaSample.find("order by drawnAt desc, id desc").page(0, limit).list();
    }

    /** The rulings of sample {@code sampleId} with their reviews, in the order drawn, as {@code viewer} sees them. */
    public List<Item> items(long sampleId, String viewer) {
        List<QaReview> reviews = QaReview.list("sampleId = ?1 order by id", sampleId);
        Map<Long, Ruling> rulings = new LinkedHashMap<>();
        if (!reviews.isEmpty()) {
            Ruling.<Ruling> list("from Ruling r join fetch r.dispute d join fetch d.shop where r.id in ?1",
                    reviews.stream().map(r -> r.rulingId).toList()).forEach(r -> rulings.put(r.id, r));
        }
        return reviews.stream().map(r -> {
            Ruling ruling = rulings.get(r.rulingId);
            return new Item(r, ruling, ruling.arbitrator.equals(viewer));
        }).toList();
    }

    /** Agreement per arbitrator over the reviews made in a period (by review time), busiest first. */
    public List<Agreement> agreement(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.arbitrator, count(*), count(*) FILTER (WHERE q.verdict = 'AGREE')
                FROM qa_reviews q JOIN rulings r ON r.id = q.ruling_id
                WHERE q.verdict IS NOT NULL AND q.reviewed_at >= ?1 AND q.reviewed_at < ?2
                GROUP BY r.arbitrator
                ORDER BY count(*) DESC, r.arbitrator""")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        return rows.stream().map(r -> new Agreement((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }
}
