package arbiter.system;

import java.time.Duration;

/** The wait between attempts of the portal's outboxes (refunds, case events, mail): doubling, with a ceiling. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * The wait before the next attempt after {@code failedAttempts} failed ones: {@code first} after the first,
     * doubling after each further one, never more than {@code longest}.
     */
    public static Duration doubling(Duration first, Duration longest, int failedAttempts) {
        Duration wait = first.multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
