package arbiter.system;

/**
 * A value a client sent that a service cannot read: an unknown filter value, an amount that is not one, a page
 * position that names no row. Services throw it (or a kind of it, such as the queue filter's); pages and the API
 * answer 400 with one line in the log and no stack trace (web/ErrorPages), as for the web layer's own refusals.
 * Nothing was changed when it is thrown.
 */
public class BadValue extends RuntimeException {

    /** {@code message} says which value was refused and why, for the log; clients see a generic 400. */
    public BadValue(String message) {
        super(message, null, false, false);
    }
}
