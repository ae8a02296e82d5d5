package arbiter.audit;

/**
 * Who did something, as the audit trail records it: the signed-in user (or the platform's client, or the
 * portal itself for scheduled work), their role, and where the request came from.
 */
public record Actor(String name, String role, String clientAddress, String requestId) {

    /** The portal acting on its own: lease expiry, evidence deadlines, scheduled delivery. */
    public static final Actor SYSTEM = new Actor("system", "system", null, null);
}
