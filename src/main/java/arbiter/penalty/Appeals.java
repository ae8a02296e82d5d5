package arbiter.penalty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
     */
    @Transactional
    public Appeal file(String shopId, long penaltyId, String statement) {
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
        return appeal;
    }

    /** Records the decision on a pending appeal, under a lock so that it is decided once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Appeal decide(long appealId, Appeal.State decision, String by, String reason) {
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
        return appeal;
    }
}
