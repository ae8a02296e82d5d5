package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests.EvidenceRefused;
import arbiter.evidence.EvidenceRequests.SubmittedPhoto;
import arbiter.intake.IntakeRequests;
import arbiter.intake.TestPhotos;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The evidence period: answers close requests, deadlines end them, late answers are refused. */
@QuarkusTest
class EvidencePeriodTest {

    @Inject
    EvidenceRequests requests;

    @Inject
    CaseClaims claims;

    @Inject
    PhotoPipeline pipeline;

    @Inject
    AgroalDataSource db;

    @Test
    void passedDeadlineReturnsTheCaseToReview() throws Exception {
        long id = caseAwaiting(EnumSet.of(Party.SELLER));
        sql("UPDATE evidence_requests SET due_at = now() - interval '1 minute' WHERE dispute_id = " + id);

        assertTrue(requests.closeOverdue() >= 1);

        assertEquals("IN_REVIEW:arbiter1", query("SELECT status || ':' || assignee FROM disputes WHERE id = " + id));
        assertEquals("EVIDENCE_DEADLINE_PASSED", query(
                "SELECT action FROM audit_events WHERE target_id = '" + id + "' ORDER BY id DESC LIMIT 1"));
        assertThrows(EvidenceRefused.class, () -> requests.submit(id, Party.SELLER, "Too late?", List.of()),
                "an answer after the deadline is refused");
        assertEquals("0", query("SELECT count(*) FROM party_statements WHERE dispute_id = " + id));
    }

    @Test
    void buyerEvidenceGivesTheSellerAFurtherDayAndBothAnswersEndTheWait() throws Exception {
        long id = caseAwaiting(EnumSet.of(Party.BUYER, Party.SELLER));
        sql("UPDATE evidence_requests SET due_at = now() + interval '1 hour' WHERE dispute_id = " + id
                + " AND party = 'SELLER'");
        SubmittedPhoto photo = new SubmittedPhoto(pipeline.process(TestPhotos.jpeg(800, 600)), "The label, close up");

        requests.submit(id, Party.BUYER, "Here is the label.", List.of(photo));

        assertEquals("AWAITING_EVIDENCE", query("SELECT status FROM disputes WHERE id = " + id),
                "still waiting for the seller");
        Instant sellerDue = Instant.parse(query("SELECT to_char(due_at AT TIME ZONE 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM evidence_requests WHERE dispute_id = " + id
                + " AND party = 'SELLER'"));
        assertTrue(sellerDue.isAfter(Instant.now().plus(Duration.ofHours(23))), "seller due " + sellerDue);
        assertEquals("1", query("SELECT count(*) FROM evidence_items WHERE dispute_id = " + id
                + " AND party = 'BUYER' AND caption = 'The label, close up'"));

        requests.submit(id, Party.SELLER, "Our packing list.", List.of());

        assertEquals("IN_REVIEW", query("SELECT status FROM disputes WHERE id = " + id));
        assertEquals("0", query("SELECT count(*) FROM evidence_requests WHERE dispute_id = " + id
                + " AND closed_at IS NULL"));
    }

    @Test
    void answerNobodyAskedForIsRefused() {
        long id = IntakeRequests.newCase();
        EvidenceRefused refused = assertThrows(EvidenceRefused.class,
                () -> requests.submit(id, Party.BUYER, "Unasked", List.of()));
        assertTrue(refused.getMessage().contains("No evidence was requested"), refused.getMessage());
    }

    @Test
    void onlyTheHolderOfACaseInReviewMayAsk() {
        long id = IntakeRequests.newCase();
        assertTrue(requests.request(id, Set.of(Party.BUYER), "Photos please", "arbiter1").isEmpty(),
                "not claimed: nobody may ask");
        claims.claim(id, "arbiter1");
        assertTrue(requests.request(id, Set.of(Party.BUYER), "Photos please", "arbiter2").isEmpty(),
                "held by someone else");
        assertEquals(1, requests.request(id, Set.of(Party.BUYER), "Photos please", "arbiter1").size());
    }

    private long caseAwaiting(Set<Party> parties) {
        long id = IntakeRequests.newCase();
        assertTrue(claims.claim(id, "arbiter1"));
        assertEquals(parties.size(), requests.request(id, parties, "Please send what you have.", "arbiter1").size());
        return id;
    }

    private void sql(String statement) {
        Sql.run(db, statement);
    }

    private String query(String sql) {
        return Sql.text(db, sql);
    }
}
