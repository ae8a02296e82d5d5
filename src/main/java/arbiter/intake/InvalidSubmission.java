package arbiter.intake;

import java.util.List;

/** A submission refused whole, naming each field that is wrong and why. */
public class InvalidSubmission extends RuntimeException {

    /** One wrong field: its path in the JSON ({@code order.amountPaid}, {@code chat[3].photos[0]}) and why. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidSubmission(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public InvalidSubmission(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
