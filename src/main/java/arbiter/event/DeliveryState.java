package arbiter.event;

/**
 * Where a case event is on its way to the platform's webhook: {@code PENDING → SENT → DELIVERED}, or
 * {@code FAILED} after the retry budget, until a supervisor retries it (issue 15).
 */
public enum DeliveryState {
    /** Not tried yet, or tried again after a supervisor's retry. */
    PENDING,
    /** Tried and not acknowledged; tried again at {@code next_attempt_at}. */
    SENT,
    /** The webhook acknowledged it (any 2xx). */
    DELIVERED,
    /** Not acknowledged within the retry budget; the case's later events wait behind it. */
    FAILED
}
