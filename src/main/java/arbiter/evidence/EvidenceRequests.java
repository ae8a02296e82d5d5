package arbiter.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.Actor;
import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.Disputes;
import arbiter.dispute.Party;
import arbiter.event.CaseEventType;
import arbiter.event.CaseEvents;
import arbiter.event.CaseEvents.CaseRef;
import arbiter.evidence.PhotoPipeline.ProcessedPhoto;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The evidence period (举证期): an arbitrator asks a party for evidence, the case waits, and it returns to
 * review when every party asked has answered or its deadline has passed. Each change locks the dispute
 * first, so an answer and a deadline arriving together cannot leave the case waiting for nothing.
 */
@ApplicationScoped
public class EvidenceRequests {

    /** For each dispute of the shop with a request open to {@code party}: its earliest deadline (UTC). */
    public Map<Long, Instant> openDeadlines(String shopId, Party party) {
        Map<Long, Instant> deadlines = new HashMap<>();
        EvidenceRequest.<EvidenceRequest> list("dispute.shop.id = ?1 and party = ?2 and closedAt is null", shopId, party)
                .forEach(r -> deadlines.merge(r.disputeId(), r.dueAt, (a, b) -> a.isBefore(b) ? a : b));
        return deadlines;
    }

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @Inject
    EvidenceRules rules;

    @Inject
    EvidenceRequestMail requestMail;

    @Inject
    Event<EvidenceRequestMail.Due> requestMailDue;

    @Inject
    CaseClaims claims;

    @Inject
    Disputes disputes;

    @Inject
    CaseEvidence evidence;

    @Inject
    AuditTrail audit;

    /** A photo a party sends with its answer, already checked and re-encoded. */
    public record SubmittedPhoto(ProcessedPhoto photo, String caption) {
    }

    /** An answer that came too late, or that nobody asked for. */
    public static class EvidenceRefused extends RuntimeException {
        public final Instant deadline;

        EvidenceRefused(String message, Instant deadline) {
            super(message);
            this.deadline = deadline;
        }
    }

    /** Asks the parties for evidence; only the arbitrator holding the case in review may. Empty if refused. */
    @Transactional
    public List<EvidenceRequest> request(long disputeId, Set<Party> parties, String note, String holder) {
        if (parties.isEmpty() || !claims.awaitEvidence(disputeId, holder)) {
            return List.of();
        }
        Disputes.Correspondence dispute = disputes.correspondence(disputeId).orElseThrow();
        CaseRef caseRef = disputes.caseRef(disputeId);
        Instant now = clock.instant();
        List<EvidenceRequest> made = new ArrayList<>();
        for (Party party : parties) {
            EvidenceRequest request = new EvidenceRequest();
            request.disputeId(disputeId);
            request.party = party;
            request.requestedBy = holder;
            request.requestedAt = now;
            request.dueAt = now.plus(rules.deadline());
            request.note = note.strip();
            request.persist();
            made.add(request);
            audit.record(AuditAction.EVIDENCE_REQUESTED, Target.dispute(disputeId), null, Map.of(
                    "party", party.name(), "dueAt", request.dueAt.toString(), "note", request.note));
            events.record(caseRef, CaseEventType.EVIDENCE_REQUESTED,
                    CaseEvents.data("party", party, "dueAt", request.dueAt));
            requestMailDue.fire(requestMail.due(dispute, request));
        }
        return made;
    }

    /**
     * A request of a case still waiting for an answer, as the case page lists it.
     *
     * @param party the party asked
     * @param dueAt by when it must answer (UTC instant)
     * @param note what the arbitrator asked for
     */
    public record Waiting(Party party, Instant dueAt, String note) {
    }

    /**
     * The requests of a case still waiting for an answer, as {@link Waiting} records, the earliest deadline first, in
     * one query; empty when none is open (or there is no such case).
     */
    public List<Waiting> waitingOf(long disputeId) {
        return EvidenceRequest.getEntityManager().createQuery("""
                select new arbiter.evidence.EvidenceRequests$Waiting(r.party, r.dueAt, r.note)
                from EvidenceRequest r where r.dispute.id = ?1 and r.closedAt is null order by r.dueAt""",
                Waiting.class).setParameter(1, disputeId).getResultList();
    }

    /**
     * Records a party's answer: its statement and photos join the case, its request is closed, and a buyer's
     * new evidence gives the seller at least a further day. Refused when no request of this party is open.
     */
    @Transactional
    public void submit(long disputeId, Party party, String statement, List<SubmittedPhoto> photos) {
        disputes.lock(disputeId);
        Instant now = clock.instant();
        EvidenceRequest request = EvidenceRequest.<EvidenceRequest> find(
                "dispute.id = ?1 and party = ?2 and closedAt is null", disputeId, party).firstResult();
        if (request == null) {
            EvidenceRequest last = EvidenceRequest.<EvidenceRequest> find(
                    "dispute.id = ?1 and party = ?2 order by dueAt desc", disputeId, party).firstResult();
            throw last == null
                    ? new EvidenceRefused("No evidence was requested from the " + party.name().toLowerCase()
                            + " in this case.", null)
                    : new EvidenceRefused("The evidence period of the " + party.name().toLowerCase()
                            + " ended at " + last.dueAt + "; late evidence is not accepted.", last.dueAt);
        }
        if (now.isAfter(request.dueAt)) {
            // Past the deadline, even before the scheduled sweep has closed the request.
            throw new EvidenceRefused("The evidence period of the " + party.name().toLowerCase() + " ended at "
                    + request.dueAt + "; late evidence is not accepted.", request.dueAt);
        }
        if (statement != null && !statement.isBlank()) {
            PartyStatement written = new PartyStatement();
            written.disputeId(disputeId);
            written.party = party;
            written.body = statement.strip();
            written.submittedAt = now;
            written.persist();
        }
        for (SubmittedPhoto photo : photos) {
            evidence.recordPhoto(disputeId, party, photo.photo(), photo.caption(), now);
        }
        request.answeredAt = now;
        request.closedAt = now;
        disputes.answeredBy(disputeId, party);
        if (party == Party.BUYER) {
            giveSellerTimeToAnswer(disputeId, now);
        }
        audit.record(AuditAction.EVIDENCE_SUBMITTED, Target.dispute(disputeId), null, Map.of(
                "party", party.name(), "photos", Integer.toString(photos.size()),
                "statement", statement == null ? "" : statement.strip()));
        events.record(disputes.caseRef(disputeId), CaseEventType.EVIDENCE_RECEIVED, CaseEvents.data("party", party,
                "statement", statement != null && !statement.isBlank(),
                "photos", photos.stream().map(photo -> photo.photo().sha256()).toList()));
        resumeWhenNothingIsOpen(disputeId);
    }

    /**
     * Closes the case's requests still waiting for an answer, at {@code at} (UTC), unanswered: the case was withdrawn.
     * Part of the caller's transaction; the number closed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int closeOpen(long disputeId, Instant at) {
        return EvidenceRequest.update("closedAt = ?1 where dispute.id = ?2 and closedAt is null", at, disputeId);
    }

    private void giveSellerTimeToAnswer(long disputeId, Instant now) {
        Instant atLeast = now.plus(rules.sellerAfterBuyerEvidence());
        EvidenceRequest.update("dueAt = ?1 where dispute.id = ?2 and party = ?3 and closedAt is null and dueAt < ?1",
                atLeast, disputeId, Party.SELLER);
    }

    @Scheduled(every = "${arbiter.evidence.deadline-check:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeOverdueRegularly() {
        closeOverdue();
    }

    /**
     * Closes the requests whose deadline has passed; their cases go back to review, flagged "no answer from" the
     * party ({@link Disputes#noAnswerFrom}). Safe on every instance.
     */
    public int closeOverdue() {
        List<Object[]> overdue = QuarkusTransaction.requiringNew().call(() -> EvidenceRequest.getEntityManager()
                .createQuery("select r.id, r.dispute.id from EvidenceRequest r where r.closedAt is null"
                        + " and r.dueAt < ?1", Object[].class)
                .setParameter(1, clock.instant())
                .getResultList());
        int closed = 0;
        for (Object[] row : overdue) {
            long requestId = (Long) row[0];
            long disputeId = (Long) row[1];
            closed += QuarkusTransaction.requiringNew().call(() -> closeIfOverdue(requestId, disputeId)) ? 1 : 0;
        }
        return closed;
    }

    private boolean closeIfOverdue(long requestId, long disputeId) {
        disputes.lock(disputeId);
        Instant now = clock.instant();
        EvidenceRequest request = EvidenceRequest.findById(requestId);
        if (request.closedAt != null || !request.dueAt.isBefore(now)) {
            return false;
        }
        request.closedAt = now;
        disputes.noAnswerFrom(disputeId, request.party);
        audit.record(Actor.SYSTEM, AuditAction.EVIDENCE_DEADLINE_PASSED, Target.dispute(disputeId), null,
                Map.of("party", request.party.name(), "dueAt", request.dueAt.toString()));
        events.record(disputes.caseRef(disputeId), CaseEventType.EVIDENCE_DEADLINE_PASSED,
                CaseEvents.data("party", request.party, "dueAt", request.dueAt));
        resumeWhenNothingIsOpen(disputeId);
        return true;
    }

    private void resumeWhenNothingIsOpen(long disputeId) {
        EvidenceRequest.getEntityManager().flush();
        if (EvidenceRequest.count("dispute.id = ?1 and closedAt is null", disputeId) == 0) {
            claims.resumeReview(disputeId);
        }
    }
}
