package arbiter.dispute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's SLA clock (DESIGN "Dispute lifecycle": the clock pauses while the case waits on a party, and a decided
 * case's clock has ended). The times are UTC instants, as stored (V15).
 *
 * @param status where the case stands
 * @param escalatedAt when the clock started
 * @param dueAt the due time: escalation plus the resolution time, plus every pause that ended, moved past days off
 * @param pausedAt when the current pause began; null while the clock runs or after it ended
 * @param stoppedAt when the clock ended (the arbitrator ruled, the platform withdrew the case); null before
 * @param dueMovedFrom the due time before the business calendar moved it; null when it did not
 */
public record SlaClock(DisputeStatus status, Instant escalatedAt, Instant dueAt, Instant pausedAt, Instant stoppedAt,
        Instant dueMovedFrom) {

    /** How the clock stands. */
    public enum State {
        /** Open and counting down. */
        RUNNING,
        /** Waiting on a party: it shows the time it had left when the wait began. */
        PAUSED,
        /** Ruled: the clock ended when the arbitrator ruled. */
        RULED,
        /** A ruling awaits approval: the clock ended when the arbitrator ruled. */
        PENDING,
        /** The platform withdrew the case. */
        WITHDRAWN
    }

    public State state() {
        return switch (status) {
            case RULED -> State.RULED;
            case PENDING_APPROVAL -> State.PENDING;
            case WITHDRAWN -> State.WITHDRAWN;
            case AWAITING_EVIDENCE -> pausedAt == null ? State.RUNNING : State.PAUSED;
            default -> State.RUNNING;
        };
    }

    /** Whether the clock has ended (ruled, awaiting approval, withdrawn). */
    public boolean ended() {
        State state = state();
        return state != State.RUNNING && state != State.PAUSED;
    }

    /**
     * Time left at {@code now} (UTC) by the paused clock: until the due time while it runs, as it was when the pause
     * began while paused; negative when overdue. Null once the clock has ended.
     */
    public Duration left(Instant now) {
        return switch (state()) {
            case RUNNING -> Duration.between(now, dueAt);
            case PAUSED -> Duration.between(pausedAt, dueAt);
            default -> null;
        };
    }

    /** From escalation to the end of the clock; null while it has not ended or its end is not recorded. */
    public Duration took() {
        return ended() && stoppedAt != null ? Duration.between(escalatedAt, stoppedAt) : null;
    }

    /** Whether the clock ended at or before the due time (a ruling "within SLA"). */
    public boolean withinSla() {
        return stoppedAt != null && !stoppedAt.isAfter(dueAt);
    }

    /**
     * The clock's look for styling at {@code now}: {@code overdue} when time is up, {@code due-soon} within
     * {@code warning} of it (a running clock only), {@code paused}, or empty (also once it has ended).
     */
    public String slaClass(Instant now, Duration warning) {
        Duration left = left(now);
        if (left == null) {
            return "";
        }
        if (left.isNegative()) {
            return "overdue";
        }
        if (state() == State.PAUSED) {
            return "paused";
        }
        return left.compareTo(warning) < 0 ? "due-soon" : "";
    }

    /** The parties named by the two "no answer" flags, the seller first. */
    static List<Party> noAnswerFrom(boolean seller, boolean buyer) {
        List<Party> parties = new ArrayList<>(2);
        if (seller) {
            parties.add(Party.SELLER);
        }
        if (buyer) {
            parties.add(Party.BUYER);
        }
        return List.copyOf(parties);
    }
}
