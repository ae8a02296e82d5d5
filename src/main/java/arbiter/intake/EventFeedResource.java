package arbiter.intake;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import arbiter.event.CaseEvents;
import arbiter.event.CaseEvents.CursorRefused;
import arbiter.identity.Role;

/**
 * The case events feed (issue 15, DESIGN "Case events"): {@code GET /api/v1/events?after=<cursor>&limit=<n>}, role
 * {@code intake}. A platform that missed pushes (or takes none) reads every event here, in a stable order, exactly
 * once by following {@code next}.
 */
@Path("/api/v1/events")
@RolesAllowed(Role.INTAKE)
@Tag(name = "Events", description = "What became of the escalated disputes, as it happens")
public class EventFeedResource {

    /** Events per page unless the platform asks for another number. */
    static final int DEFAULT_LIMIT = 100;
    /** The most events one page holds. */
    static final int MAX_LIMIT = 1000;

    @Inject
    CaseEvents events;

    /**
     * A page of events after {@code after} (from the first when absent): {@code 200} with
     * {@code {"events": [...], "next": "<cursor>"}}; {@code 400} problem+json for a malformed or unknown cursor or a
     * limit outside 1 to {@value #MAX_LIMIT}.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvents", summary = "Read the case events", description = "The events after the "
            + "cursor (from the first when absent), in a stable order; follow next to read every event exactly once. "
            + "The same events are pushed to the platform's webhook.")
    @Parameter(name = "after", description = "The cursor of the last event read (next of the previous page); absent: from the first event", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,20}-[0-9]{1,18}$"))
    @Parameter(name = "limit", description = "Events per page, 1 to " + MAX_LIMIT + "; " + DEFAULT_LIMIT
            + " when absent", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = ""
                    + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT))
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseEvents.FeedPage.class), examples = @ExampleObject(name = "page", value = IntakeExamples.EVENTS)))
    @APIResponse(responseCode = "400", description = "A malformed or unknown cursor, or a limit outside 1 to "
            + MAX_LIMIT, content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
                    @ExampleObject(name = "malformed-cursor", value = IntakeExamples.MALFORMED_CURSOR),
                    @ExampleObject(name = "invalid-limit", value = IntakeExamples.INVALID_LIMIT) }))
    public Response page(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        int size;
        if (limit == null || limit.isEmpty()) {
            size = DEFAULT_LIMIT;
        } else {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                size = 0;
            }
            if (size < 1 || size > MAX_LIMIT) {
                return refused("invalid-limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        try {
            return Response.ok(events.after(Optional.ofNullable(after).filter(a -> !a.isEmpty()), size)).build();
        } catch (CursorRefused refused) {
            return refused(refused.reason == CursorRefused.Reason.MALFORMED ? "malformed-cursor"
                    : "unknown-cursor", refused.getMessage());
        }
    }

    private static Response refused(String type, String detail) {
        return Problem.of(type, Response.Status.BAD_REQUEST, detail, java.util.List.of()).toResponse();
    }
}
