package arbiter.intake;

import java.time.Instant;
import java.util.List;

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
public record DisputeState(long id, String caseNo, String externalId, DisputeStatus status, RulingOutcome outcome,
        Long refundAmount, String currency, RefundState refundState, List<EvidenceRequest> evidenceRequests,
        List<Submission> submissions) {

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
    public record EvidenceRequest(Party party, String note, Instant requestedAt, Instant dueAt, Instant answeredAt,
            Instant closedAt) {
    }

    /**
     * What a party sent at one moment: the evidence the platform escalated with, or one answer to a request.
     *
     * @param party {@code BUYER} or {@code SELLER}
     * @param submittedAt when it arrived (for the escalated evidence: the escalation time)
     * @param statement the party's written statement; null when it sent photos only
     * @param photos the photos sent, each by the SHA-256 of its bytes as uploaded
     */
    public record Submission(Party party, Instant submittedAt, String statement, List<SubmittedPhoto> photos) {
    }

    /**
     * A photo a party sent.
     *
     * @param sha256 the SHA-256 (64 lower-case hex digits) of the photo's bytes as uploaded
     * @param caption the party's caption; null when none
     */
    public record SubmittedPhoto(String sha256, String caption) {
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
