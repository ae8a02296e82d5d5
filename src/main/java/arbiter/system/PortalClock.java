package arbiter.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock the portal reads (UTC): the system's time, except while the demo writes its history through the
 * real services, when it stands at the instant the demo replays (so rulings, claims and audit events carry the
 * times of the weeks the demo tells of). Only the demo loader moves it, forward only, and gives it back to the
 * system time when done; no other code calls {@link #replayAt} or {@link #live}.
 */
public class PortalClock extends Clock {

    private volatile Instant replaying;

    /** The replayed instant while the demo writes its history, else the system's time. */
    @Override
    public Instant instant() {
        Instant at = replaying;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.system(zone);
    }

    /**
     * Stands at {@code at} until the next call; raises {@link IllegalArgumentException} if {@code at} is earlier
     * than where it stands (history is written in order) or later than the system's time.
     */
    public void replayAt(Instant at) {
        Instant current = replaying;
        if (current != null && at.isBefore(current)) {
            throw new IllegalArgumentException("the replay cannot go back from " + current + " to " + at);
        }
        if (at.isAfter(Instant.now())) {
            throw new IllegalArgumentException("the replay cannot go past the present: " + at);
        }
        replaying = at;
    }

    /** Back to the system's time. */
    public void live() {
        replaying = null;
    }
}
