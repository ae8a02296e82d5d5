package arbiter.intake;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import arbiter.dispute.Disputes;
import arbiter.evidence.EvidenceExchange;
import arbiter.evidence.PhotoLimits;
import arbiter.evidence.PhotoRejected;
import arbiter.identity.Role;
import arbiter.intake.DisputeIntake.ConflictingResubmission;
import arbiter.intake.DisputeIntake.Outcome;
import arbiter.ruling.Rulings;
import arbiter.system.ClientInput;
import arbiter.system.NotFound;

/**
 * The order platform's API (DESIGN "Intake API"): escalate a dispute with its chat and photos, follow its outcome, and
 * withdraw it. Each operation names its {@code operationId} and the errors particular to it; {@link ApiOnlyDescription}
 * adds the ones every API operation can answer (401, 403, 500, 503) and the {@code Problem} body to every error.
 */
@Path("/api/v1/disputes")
@RolesAllowed(Role.INTAKE)
@Tag(name = "Intake", description = "Escalated disputes from the order platform")
public class IntakeResource {

    @Inject
    DisputeIntake intake;

    @Inject
    PhotoLimits limits;

    @Inject
    Rulings rulings;

    @Inject
    Disputes disputes;

    @Inject
    Withdrawals withdrawals;

    @Inject
    EvidenceExchange exchange;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "escalateDispute", summary = "Escalate a dispute", description = "A multipart request: the part 'dispute' (application/json) and one part per photo, named as "
            + "the JSON references it. JPEG, PNG and WebP by their bytes, 10 MiB each, 50 MiB in all. The same "
            + "externalId with the same content answers 200 with the same case; with other content 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = IntakeExamples.Form.class), encoding = @Encoding(name = "dispute", contentType = MediaType.APPLICATION_JSON), examples = @ExampleObject(name = "escalation", value = IntakeExamples.UPLOAD)))
    @APIResponse(responseCode = "201", description = "The case was created", headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/disputes/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeReceipt.class), examples = @ExampleObject(name = "receipt", value = IntakeExamples.RECEIPT)))
    @APIResponse(responseCode = "200", description = "The same submission again: the same case", headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/disputes/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeReceipt.class), examples = @ExampleObject(name = "receipt", value = IntakeExamples.RECEIPT)))
    @APIResponse(responseCode = "400", description = "Invalid fields or parts, each named; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid-dispute", value = IntakeExamples.PROBLEM)))
    @APIResponse(responseCode = "409", description = "The externalId was submitted before with other content", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "conflicting-resubmission", value = IntakeExamples.CONFLICT)))
    @APIResponse(responseCode = "413", description = "A photo over 10 MiB or 40 megapixels, or a request over 50 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "photo-too-large", value = IntakeExamples.PHOTO_TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "A part that is not a JPEG, PNG or WebP image by its bytes, or a request that is not multipart/form-data", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unsupported-photo", value = IntakeExamples.UNSUPPORTED_PHOTO)))
    public Response submit(MultipartFormDataInput input, @Context UriInfo uri) {
        IntakeUpload upload = IntakeUpload.of(input, limits.maxBytes());
        Outcome outcome = intake.submit(upload.json(), upload.photos());
        DisputeReceipt receipt = outcome.receipt();
        URI location = uri.getBaseUriBuilder().path("api/v1/disputes/{id}").build(receipt.id());
        return (outcome.created() ? Response.created(location) : Response.ok().location(location))
                .entity(receipt).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDispute", summary = "Follow a dispute", description = "Its status; once ruled, the outcome and the refund's state; "
            + "what each party was asked for and what each party sent, photos by their SHA-256.")
    @APIResponse(responseCode = "200", description = "The dispute's state", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeState.class), examples = {
            @ExampleObject(name = "escalated", value = IntakeExamples.STATE_ESCALATED),
            @ExampleObject(name = "ruled", value = IntakeExamples.STATE_RULED) }))
    @APIResponse(responseCode = "404", description = "No dispute has this id (or the id is not a number)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not-found", value = IntakeExamples.NOT_FOUND)))
    public Response state(@PathParam("id") long id) {
        Disputes.Summary dispute = disputes.summary(id).orElse(null);
        if (dispute == null) {
            return Problem.of("not-found", Response.Status.NOT_FOUND, "No dispute with id " + id, List.of())
                    .toResponse();
        }
        Rulings.Decided decided = rulings.decidedFor(id);
        EvidenceExchange.Exchange sent = exchange.of(id);
        return Response.ok(new DisputeState(dispute.id(), dispute.caseNo(), dispute.externalId(), dispute.status(),
                decided.outcome(), decided.refundMinor(), decided.currency(), decided.refundState(),
                DisputeState.requestsOf(sent), DisputeState.submissionsOf(sent))).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawDispute", summary = "Withdraw a dispute", description = "Allowed while the case is ESCALATED, IN_REVIEW or "
            + "AWAITING_EVIDENCE: it becomes WITHDRAWN, leaves its arbitrator, its open evidence requests close and "
            + "the shop is told by mail. The same withdrawal again answers 200 and changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalRequest.class), examples = @ExampleObject(name = "withdrawal", value = IntakeExamples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "The case is withdrawn (again: nothing changed)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeReceipt.class), examples = @ExampleObject(name = "withdrawn", value = IntakeExamples.WITHDRAWN)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid-withdrawal", value = IntakeExamples.INVALID_WITHDRAWAL)))
    @APIResponse(responseCode = "404", description = "No dispute has this id (or the id is not a number)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not-found", value = IntakeExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The case is ruled, or its ruling awaits approval; nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not-withdrawable", value = IntakeExamples.NOT_WITHDRAWABLE)))
    @APIResponse(responseCode = "413", description = "A request over 50 MiB")
    @APIResponse(responseCode = "415", description = "A body that is not application/json")
    public Response withdraw(@PathParam("id") long id, String body) {
        return Response.ok(withdrawals.withdraw(id, WithdrawalRequest.read(body, clock))).build();
    }

    @POST
    @Path("/by-external-id/{externalId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawDisputeByExternalId", summary = "Withdraw a dispute named by the platform's id", description = "As withdrawDispute.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalRequest.class), examples = @ExampleObject(name = "withdrawal", value = IntakeExamples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "The case is withdrawn (again: nothing changed)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeReceipt.class), examples = @ExampleObject(name = "withdrawn", value = IntakeExamples.WITHDRAWN)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid-withdrawal", value = IntakeExamples.INVALID_WITHDRAWAL)))
    @APIResponse(responseCode = "404", description = "No dispute has this externalId", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not-found", value = IntakeExamples.NOT_FOUND_BY_EXTERNAL_ID)))
    @APIResponse(responseCode = "409", description = "The case is ruled, or its ruling awaits approval; nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not-withdrawable", value = IntakeExamples.NOT_WITHDRAWABLE)))
    @APIResponse(responseCode = "413", description = "A request over 50 MiB")
    @APIResponse(responseCode = "415", description = "A body that is not application/json")
    public Response withdrawByExternalId(@PathParam("externalId") String externalId, String body) {
        WithdrawalRequest request = WithdrawalRequest.read(body, clock);
        long id = disputes.byExternalId(externalId).map(Disputes.Opened::id)
                .orElseThrow(() -> new NotFound("dispute with externalId " + ClientInput.quoted(externalId)));
        return Response.ok(withdrawals.withdraw(id, request)).build();
    }

    @ServerExceptionMapper
    public Response invalidWithdrawal(WithdrawalRequest.InvalidWithdrawal e) {
        return Problem.of("invalid-withdrawal", Response.Status.BAD_REQUEST,
                e.errors().size() + " field(s) of the withdrawal are invalid; nothing changed", e.errors())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return Problem.of("not-found", Response.Status.NOT_FOUND, "No " + e.getMessage(), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response notWithdrawable(Disputes.WithdrawalRefused e) {
        return Problem.of("not-withdrawable", Response.Status.CONFLICT, "The case is " + e.status
                + ": a case that is ruled, or whose ruling awaits approval, cannot be withdrawn; nothing changed",
                List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidSubmission e) {
        return Problem.of("invalid-dispute", Response.Status.BAD_REQUEST,
                e.errors().size() + " field(s) of the request are invalid; nothing was stored", e.errors())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response photoRejected(PhotoPartRejected e) {
        boolean tooLarge = e.reason() == PhotoRejected.Reason.TOO_LARGE;
        return Problem.of(tooLarge ? "photo-too-large" : "unsupported-photo",
                tooLarge ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.UNSUPPORTED_MEDIA_TYPE,
                "A photo part was refused; nothing was stored",
                List.of(new InvalidSubmission.FieldError(e.part(), e.getCause().getMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictingResubmission e) {
        return Problem.of("conflicting-resubmission", Response.Status.CONFLICT,
                e.getMessage() + "; the first submission stands", List.of()).toResponse();
    }
}
