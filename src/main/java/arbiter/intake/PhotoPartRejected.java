package arbiter.intake;

import arbiter.evidence.PhotoRejected;

/** A photo part of the request that is refused: which part, and the pipeline's reason. */
public class PhotoPartRejected extends RuntimeException {

    private final String part;
    private final PhotoRejected.Reason reason;

    public PhotoPartRejected(String part, PhotoRejected cause) {
        super("photo part '" + part + "': " + cause.getMessage(), cause);
        this.part = part;
        this.reason = cause.reason();
    }

    public String part() {
        return part;
    }

    public PhotoRejected.Reason reason() {
        return reason;
    }
}
