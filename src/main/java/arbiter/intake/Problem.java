package arbiter.intake;

import java.util.List;

import jakarta.ws.rs.core.Response;

import arbiter.intake.InvalidSubmission.FieldError;

/** An RFC 9457 problem detail, as the API answers every refusal. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    static Problem of(String type, Response.Status status, String detail, List<FieldError> errors) {
        return new Problem("urn:arbiter:problem:" + type, status.getReasonPhrase(), status.getStatusCode(), detail,
                errors);
    }
}
