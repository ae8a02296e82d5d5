package arbiter.penalty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import arbiter.system.NotFound;
import io.quarkus.qute.TemplateData;

/**
 * Appeals against penalties: a shop files one per penalty before the deadline on its notice; a supervisor
 * decides it once. What an overturn undoes is {@link Penalties#reverse}; the desk that decides calls both.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@ApplicationScoped
public class Appeals {

    /** The longest statement a shop may write. */
    public static final int STATEMENT_MAX = 4000;
    /** A statement says something: at least this many characters. */
    public static final int STATEMENT_MIN = 20;

    @Inject
    Clock clock;

    /** An appeal that cannot be filed or decided as asked; {@code reason} says why. Nothing is stored. */
    public static class AppealRefused extends RuntimeException {

        /** Why (DESIGN "Appeals"). */
        public enum Reason {
            /** The penalty has been appealed already: one appeal per penalty. */
            SECOND,
            /** The appeal window has closed, or the penalty is no longer in force. */
            LATE,
            /** The seller's statement is shorter or longer than the limits. */
            STATEMENT_LENGTH,
            /** The appeal has been decided already. */
            DECIDED,
            /** The supervisor's reason is shorter or longer than the limits. */
            REASON_LENGTH,
            /** A supervisor may not decide the appeal against their own ruling. */
            OWN_RULING
        }

        public final Reason reason;

        public AppealRefused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    /** A photo the seller attached to an appeal: its SHA-256 (hex) and caption (null when none). */
    public record Photo(String photoSha256, String caption) {
    }

    /**
     * An appeal as the other features show it (a record, not the entity).
     *
     * @param id the appeal's id
     * @param penaltyId the penalty appealed against
     * @param shopId the appealing shop
     * @param statement the shop's statement, stripped ({@link #STATEMENT_MIN} to {@link #STATEMENT_MAX} characters)
     * @param filedAt when it was filed (UTC instant)
     * @param state pending, upheld or overturned
     * @param decidedBy the deciding supervisor's username; null while pending
     * @param decidedAt when it was decided (UTC instant); null while pending
     * @param decisionReason the supervisor's reason; null while pending
     */
    public record Summary(long id, long penaltyId, String shopId, String statement, Instant filedAt, Appeal.State state,
            String decidedBy, Instant decidedAt, String decisionReason) {

        static Summary of(Appeal a) {
            return new Summary(a.id, a.penaltyId, a.shopId, a.statement, a.filedAt, a.state, a.decidedBy, a.decidedAt,
                    a.decisionReason);
        }
    }

    /** The appeal of that id as a {@link Summary}; empty when there is none. */
    public Optional<Summary> summary(long appealId) {
        return Appeal.<Appeal> findByIdOptional(appealId).map(Summary::of);
    }

    /** The appeal against the penalty (there is one at most); empty while it is not appealed. */
    public Optional<Summary> ofPenalty(long penaltyId) {
        return Appeal.<Appeal> find("penaltyId", penaltyId).firstResultOptional().map(Summary::of);
    }

    /** The appeals waiting for a supervisor's decision, the first filed first, in one statement. */
    public List<Summary> pending() {
        return Appeal.<Appeal> list("state = ?1 order by filedAt, id", Appeal.State.PENDING).stream().map(Summary::of)
                .toList();
    }

    /**
     * Attaches photos to an appeal in their order (positions 0, 1, ...), as the seller sent them with it; part of
     * the transaction that filed it. The photos themselves must be stored already (evidence's {@code PhotoStore}).
     *
     * @param appealId an appeal without photos yet
     * @param photos each photo's SHA-256 (64 hex characters) and caption (null when none); empty attaches none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attachPhotos(long appealId, List<Photo> photos) {
        int position = 0;
        for (Photo photo : photos) {
            AppealPhoto kept = new AppealPhoto();
            kept.key = new AppealPhoto.Key(appealId, position++);
            kept.photoSha256 = photo.photoSha256();
            kept.caption = photo.caption();
            kept.persist();
        }
    }

    /** An appeal's photos in the order the seller attached them. */
    public List<Photo> photos(long appealId) {
        return AppealPhoto.<AppealPhoto> list("key.appealId = ?1 order by key.position", appealId).stream()
                .map(p -> new Photo(p.photoSha256, p.caption)).toList();
    }

    /** Whether any appeal carries the photo of this SHA-256 (hex): staff may see it ({@code PhotoAccess}). */
    public boolean anyHasPhoto(String sha256) {
        return AppealPhoto.count("photoSha256", sha256) > 0;
    }

    /** Whether an appeal of this shop carries the photo of this SHA-256 (hex): its seller may see it. */
    public boolean shopHasPhoto(String shopId, String sha256) {
        return AppealPhoto.count("photoSha256 = ?1 and key.appealId in (select a.id from Appeal a where a.shopId = ?2)",
                sha256, shopId) > 0;
    }

    /** How many appeals wait for a supervisor's decision. */
    public long countPending() {
        return Appeal.countPending();
    }

    /**
     * Files the shop's appeal against one of its penalties. Another shop's penalty is not found (404), as if
     * it did not exist; a late or second appeal, or an empty statement, is refused and nothing is written.
     *
     * @return the appeal, {@code PENDING}, with the statement stripped
     * @throws NotFound when the penalty does not exist or is another shop's
     * @throws AppealRefused {@code SECOND}, {@code LATE} or {@code STATEMENT_LENGTH}
     */
    @Transactional
    public Summary file(String shopId, long penaltyId, String statement) {
        Penalty penalty = Penalty.findById(penaltyId, LockModeType.PESSIMISTIC_WRITE);
        if (penalty == null || !penalty.shopId().equals(shopId)) {
            throw new NotFound("penalty " + penaltyId + " of shop " + shopId);
        }
        PenaltyNotice notice = PenaltyNotice.find("penaltyId = ?1 and kind = ?2", penaltyId, PenaltyNotice.Kind.PENALTY)
                .firstResult();
        Instant now = clock.instant();
        if (Appeal.count("penaltyId", penaltyId) > 0) {
            throw new AppealRefused(AppealRefused.Reason.SECOND);
        }
        if (notice == null || notice.appealDeadline == null || now.isAfter(notice.appealDeadline)
                || penalty.reversedAt != null) {
            throw new AppealRefused(AppealRefused.Reason.LATE);
        }
        String text = statement == null ? "" : statement.strip();
        if (text.length() < STATEMENT_MIN || text.length() > STATEMENT_MAX) {
            throw new AppealRefused(AppealRefused.Reason.STATEMENT_LENGTH);
        }
        Appeal appeal = new Appeal();
        appeal.penaltyId = penaltyId;
        appeal.shopId = shopId;
        appeal.statement = text;
        appeal.filedAt = now;
        appeal.state = Appeal.State.PENDING;
        appeal.persist();
        return Summary.of(appeal);
    }

    /**
     * Records the decision on a pending appeal, under a lock so that it is decided once.
     *
     * @param decision {@code UPHELD} or {@code OVERTURNED}
     * @return the appeal as decided
     * @throws NotFound when there is no such appeal
     * @throws AppealRefused {@code DECIDED} when it is decided already
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Summary decide(long appealId, Appeal.State decision, String by, String reason) {
        if (decision == Appeal.State.PENDING) {
            throw new IllegalArgumentException("a decision upholds or overturns");
        }
        Appeal appeal = Appeal.findById(appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null) {
            throw new NotFound("appeal " + appealId);
        }
        if (appeal.state != Appeal.State.PENDING) {
            throw new AppealRefused(AppealRefused.Reason.DECIDED);
        }
        appeal.state = decision;
        appeal.decidedBy = by;
        appeal.decidedAt = clock.instant();
        appeal.decisionReason = reason;
        return Summary.of(appeal);
    }
}
