package arbiter.intake;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submission refused whole, naming each field that is wrong and why. */
public class InvalidSubmission extends RuntimeException {

    /** One wrong field: its path in the JSON ({@code order.amountPaid}, {@code chat[3].photos[0]}) and why. */
    @Schema(name = "FieldError", description = "One wrong field or part", requiredProperties = { "field", "message" })
    public record FieldError(
            @Schema(description = "A JSON path (order.amountPaid, chat[3].photos[0]), a part name (p2), or dispute / body for the whole") String field,
            @Schema(description = "Why it is wrong, in English") String message) {
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
