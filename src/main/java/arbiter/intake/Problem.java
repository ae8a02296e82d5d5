package arbiter.intake;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import arbiter.intake.InvalidSubmission.FieldError;

/**
 * An RFC 9457 problem detail, as the API answers every refusal (DESIGN "Intake API": "400
 * application/problem+json naming each bad field"). Its schema, {@code Problem}, is the body of every error
 * response in the OpenAPI document ({@link ApiOnlyDescription}); it also covers the generic problems of
 * {@code web.ErrorPages} ({@code about:blank}, with {@code instance} = the request id, without {@code errors}).
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json)", requiredProperties = {
        "type", "title", "status" }, properties = {
                @SchemaProperty(name = "type", type = SchemaType.STRING, description = "urn:arbiter:problem:<kind> for "
                        + "Arbiter's own problems, about:blank for the generic ones", examples = "urn:arbiter:problem:invalid-dispute"),
                @SchemaProperty(name = "title", type = SchemaType.STRING, description = "The HTTP reason phrase"),
                @SchemaProperty(name = "status", type = SchemaType.INTEGER, format = "int32", minimum = "400", maximum = "599", description = "The HTTP status"),
                @SchemaProperty(name = "detail", type = SchemaType.STRING, description = "One sentence on this occurrence"),
                @SchemaProperty(name = "instance", type = SchemaType.STRING, description = "The request's X-Request-Id (generic problems)") })
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
