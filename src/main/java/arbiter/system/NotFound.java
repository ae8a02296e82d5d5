package arbiter.system;

/**
 * What a service was asked for does not exist, or is not the asker's to see (another shop's penalty answers the
 * same as none, so that ids reveal nothing). Services throw it; pages and the API answer 404 (web/ErrorPages).
 */
public final class NotFound extends RuntimeException {

    /** {@code what} names the kind and id asked for, e.g. "appeal 12", for the log only. */
    public NotFound(String what) {
        super(what + " not found", null, false, false);
    }
}
