package arbiter.evidence;

/** An uploaded photo that is refused, and why; nothing of it is kept. */
public class PhotoRejected extends RuntimeException {

    public enum Reason {
        /** Over the byte limit or the pixel limit. */
        TOO_LARGE,
        /** Not a JPEG, PNG or WebP by its bytes, or not decodable as one (truncated, forged header). */
        NOT_AN_IMAGE
    }

    private final Reason reason;

    public PhotoRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
