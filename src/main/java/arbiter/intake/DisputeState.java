package arbiter.intake;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceExchange;
import arbiter.ruling.RefundState;
import arbiter.ruling.RulingOutcome;

/**
 * A case as the platform may follow it (DESIGN "Intake API", {@code GET /api/v1/disputes/{id}}): its status; once
 * ruled, the outcome and the refund's state (amount in minor units, fen for CNY); and, so that the platform can show
 * each party what it was asked and what it sent (issue 15, "Both parties see what they answer"), the evidence
 * requests made of the parties and the parties' submissions, photos by their SHA-256. Times are UTC instants. No
 * staff member is named.
 */
@Schema(name = "DisputeState", description = "A case as the platform follows it", requiredProperties = { "id",
        "caseNo", "externalId", "status", "outcome", "refundAmount", "currency", "refundState", "evidenceRequests",
        "submissions" })
public record DisputeState(
        @Schema(description = "Arbiter's id of the case") long id,
        @Schema(description = "The case number staff and sellers see", pattern = "^AR-[0-9]{4}-[0-9]{7}$") String caseNo,
        @Schema(description = "The platform's id, as sent") String externalId,
        DisputeStatus status,
        @Schema(nullable = true, description = "Null until a ruling is in effect (also while one awaits approval)") RulingOutcome outcome,
        @Schema(nullable = true, description = "The refund ordered in minor units (fen for CNY); 0 for REJECTED; null until a ruling is in effect") Long refundAmount,
        @Schema(nullable = true, description = "The refund's ISO 4217 currency; null until a ruling is in effect") String currency,
        @Schema(nullable = true, description = "Delivery of the refund to the payment system; null until a ruling with a refund above 0 is in effect") RefundState refundState,
        @Schema(description = "What the arbitrators asked each party for, oldest first") List<EvidenceRequest> evidenceRequests,
        @Schema(description = "What each party sent (escalated evidence, answers), oldest first; chat photos are not listed") List<Submission> submissions) {

    /**
     * What an arbitrator asked a party for.
     *
     * @param party {@code BUYER} or {@code SELLER}
     * @param note what is asked, in the arbitrator's words
     * @param requestedAt when it was asked
     * @param dueAt the deadline for an answer
     * @param answeredAt when the party answered; null until then
     * @param closedAt when the request stopped taking answers (answered, deadline passed, or case withdrawn); null
     *        while open
     */
    @Schema(name = "EvidenceRequest", description = "What an arbitrator asked a party for", requiredProperties = {
            "party", "note", "requestedAt", "dueAt", "answeredAt", "closedAt" })
    public record EvidenceRequest(
            @Schema(enumeration = {
                    "BUYER", "SELLER" }) Party party,
            String note,
            Instant requestedAt,
            Instant dueAt,
            @Schema(nullable = true, description = "Null until the party answers") Instant answeredAt,
            @Schema(nullable = true, description = "Null while the request is open") Instant closedAt){
    }

    /**
     * What a party sent at one moment: the evidence the platform escalated with, or one answer to a request.
     *
     * @param party {@code BUYER} or {@code SELLER}
     * @param submittedAt when it arrived (for the escalated evidence: the escalation time)
     * @param statement the party's written statement; null when it sent photos only
     * @param photos the photos sent, each by the SHA-256 of its bytes as uploaded
     */
    @Schema(name = "Submission", description = "What a party sent at one moment", requiredProperties = { "party",
            "submittedAt", "statement", "photos" })
    public record Submission(
            @Schema(enumeration = {
                    "BUYER", "SELLER" }) Party party,
            Instant submittedAt,
            @Schema(nullable = true, description = "Null when the party sent photos only") String statement,
            List<SubmittedPhoto> photos){
    }

    /**
     * A photo a party sent.
     *
     * @param sha256 the SHA-256 (64 lower-case hex digits) of the photo's bytes as uploaded
     * @param caption the party's caption; null when none
     */
    @Schema(name = "SubmittedPhoto", description = "A photo a party sent, by its hash", requiredProperties = { "sha256",
            "caption" })
    public record SubmittedPhoto(
            @Schema(description = "SHA-256 of the bytes as uploaded", pattern = "^[0-9a-f]{64}$") String sha256,
            @Schema(nullable = true, description = "Null when the party gave none") String caption) {
    }

    /** The evidence requests and submissions of {@code exchange}, in the API's words. */
    static List<EvidenceRequest> requestsOf(EvidenceExchange.Exchange exchange) {
        return exchange.requests().stream().map(r -> new EvidenceRequest(r.party(), r.note(), r.requestedAt(),
                r.dueAt(), r.answeredAt(), r.closedAt())).toList();
    }

    static List<Submission> submissionsOf(EvidenceExchange.Exchange exchange) {
        return exchange.submissions().stream().map(s -> new Submission(s.party(), s.submittedAt(), s.statement(),
                s.photos().stream().map(p -> new SubmittedPhoto(p.sha256(), p.caption())).toList())).toList();
    }
}
