package arbiter.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.dispute.Party;

/**
 * What each party of a case was asked and what it sent (DESIGN "Seller side", "Intake API"; issue 15 "Both parties
 * see what they answer"): the evidence requests made of it, and its statements and evidence photos grouped by the
 * moment they arrived. Photos sent inside the chat are not "sent" here: they are part of the chat
 * ({@link CaseEvidence#record(long)}). Never names a staff member: a request says what was asked, not by whom.
 */
@ApplicationScoped
public class EvidenceExchange {

    /**
     * A request for evidence as the party asked may see it.
     *
     * @param party the party asked
     * @param note what the arbitrator asked for
     * @param requestedAt when it was asked (UTC instant)
     * @param dueAt the deadline (UTC instant)
     * @param answeredAt when the party answered it (UTC instant); null while unanswered
     * @param closedAt when it stopped taking answers: answered, its deadline passed, or the case was withdrawn (UTC
     *        instant); null while open
     */
    public record Request(Party party, String note, Instant requestedAt, Instant dueAt, Instant answeredAt,
            Instant closedAt) {
    }

    /**
     * A photo a party sent as evidence.
     *
     * @param sha256 the SHA-256 (64 lower-case hex digits) of the bytes as uploaded, which also names it at
     *        {@code /photos/{sha256}/...}
     * @param caption the party's caption; null when it gave none
     */
    public record SentPhoto(String sha256, String caption) {
    }

    /**
     * What a party sent at one moment: the evidence the platform escalated with (at the escalation time), or one
     * answer to a request.
     *
     * @param party who sent it
     * @param submittedAt when it arrived (UTC instant)
     * @param statement its written statement; null when it sent photos only
     * @param photos its photos, in the order sent; empty when it wrote only
     */
    public record Submission(Party party, Instant submittedAt, String statement, List<SentPhoto> photos) {
    }

    /** What the parties of a case were asked (by deadline) and what they sent (by arrival), oldest first. */
    public record Exchange(List<Request> requests, List<Submission> submissions) {

        /** The submissions of one party, oldest first. */
        public List<Submission> of(Party party) {
            return submissions.stream().filter(s -> s.party() == party).toList();
        }
    }

    /** The requests and submissions of the case of that id, in three queries; both empty for an unknown case. */
    public Exchange of(long disputeId) {
        List<Request> requests = EvidenceRequest.getEntityManager().createQuery("""
                select new arbiter.evidence.EvidenceExchange$Request(r.party, r.note, r.requestedAt, r.dueAt,
                    r.answeredAt, r.closedAt)
                from EvidenceRequest r where r.dispute.id = ?1 order by r.requestedAt, r.id""", Request.class)
                .setParameter(1, disputeId).getResultList();
        List<Object[]> photos = EvidenceItem.getEntityManager().createQuery("""
                select e.party, e.submittedAt, e.photo.sha256, e.caption from EvidenceItem e
                where e.dispute.id = ?1 and e.chatMessage is null order by e.submittedAt, e.id""", Object[].class)
                .setParameter(1, disputeId).getResultList();
        List<PartyStatement> statements = PartyStatement.list("dispute.id = ?1 order by submittedAt, id", disputeId);

        Map<Moment, Submission> byMoment = new LinkedHashMap<>();
        for (PartyStatement s : statements) {
            byMoment.put(new Moment(s.party, s.submittedAt),
                    new Submission(s.party, s.submittedAt, s.body, new ArrayList<>()));
        }
        for (Object[] row : photos) {
            Party party = (Party) row[0];
            Instant at = (Instant) row[1];
            byMoment.computeIfAbsent(new Moment(party, at), m -> new Submission(party, at, null, new ArrayList<>()))
                    .photos().add(new SentPhoto((String) row[2], (String) row[3]));
        }
        List<Submission> submissions = byMoment.values().stream()
                .map(s -> new Submission(s.party(), s.submittedAt(), s.statement(), List.copyOf(s.photos())))
                .sorted(Comparator.comparing(Submission::submittedAt).thenComparing(Submission::party))
                .toList();
        return new Exchange(requests, submissions);
    }

    /** A party's submissions are told apart by when they arrived: one answer is written at one instant. */
    private record Moment(Party party, Instant at) {
    }
}
