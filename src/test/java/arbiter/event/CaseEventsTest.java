package arbiter.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.Disputes.WithdrawalRefused;
import arbiter.dispute.Party;
import arbiter.dispute.WithdrawalReason;
import arbiter.evidence.EvidenceRequests;
import arbiter.evidence.EvidenceRequests.SubmittedPhoto;
import arbiter.evidence.PhotoPipeline;
import arbiter.intake.IntakeRequests;
import arbiter.intake.TestPhotos;
import arbiter.intake.Withdrawals;
import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.PaymentSystem;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.RefundRelay;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingDesk.RulingRefused;
import arbiter.ruling.RulingOutcome;
import arbiter.seller.AppealFiling;
import arbiter.supervision.AppealDesk;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every change the platform must know writes exactly one case event, in the change's transaction, numbered in its
 * case; a refused change writes none; no event names a member of staff (issue 15). Each of the twelve types is
 * produced here by the service that makes the change.
 */
@QuarkusTest
class CaseEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Staff who act in these cases; none may appear in any event. */
    private static final List<String> STAFF = List.of("arbiter1", "arbiter2", "super1", "super2");

    @Inject
    CaseClaims claims;

    @Inject
    EvidenceRequests requests;

    @Inject
    PhotoPipeline pipeline;

    @Inject
    RulingDesk desk;

    @Inject
    RefundRelay refunds;

    @Inject
    AppealFiling appealFiling;

    @Inject
    AppealDesk appealDesk;

    @Inject
    Withdrawals withdrawals;

    @Inject
    AgroalDataSource db;

    /** A case's events as stored: type, sequence and data, in sequence order. */
    record Stored(CaseEventType type, int sequence, JsonNode data, String externalId) {
    }

    @Test
    void aCaseFromClaimToAppealWritesOneEventPerChangeInOrder() throws Exception {
        String shop = IntakeRequests.newShopId();
        long id = IntakeRequests.newCase(d -> {
            IntakeRequests.shop(d, shop);
            IntakeRequests.amount(d, 600_000);
        });
        assertTrue(claims.claim(id, "arbiter1"));
        requests.request(id, EnumSet.of(Party.SELLER, Party.BUYER), "Photos of the label, please.", "arbiter1");
        SubmittedPhoto label = new SubmittedPhoto(pipeline.process(TestPhotos.jpeg(640, 480)), "The label");
        requests.submit(id, Party.SELLER, "Our packing list and the label.", List.of(label));
        Sql.run(db, "UPDATE evidence_requests SET due_at = now() - interval '1 minute' WHERE dispute_id = " + id
                + " AND closed_at IS NULL");
        assertEquals(1, requests.closeOverdue());

        // A refund of ¥6,000 needs a supervisor (four eyes): sent back once, then approved.
        RulingDecision heavy = new RulingDecision(RulingOutcome.FULL_REFUND, Money.yuan(600_000),
                ResponsibleParty.SELLER, Optional.of(PenaltyGrade.MINOR), new PolicyClause.Key("QUAL-1", 1),
                "The coat is not the one described; the seller's own label shows it.", Sql.version(db, id));
        long first = desk.rule(id, "arbiter1", heavy).rulingId();
        desk.reject(first, "super1", "Say which photo shows the wrong fabric.");
        long second = desk.rule(id, "arbiter1", new RulingDecision(heavy.outcome(), heavy.refund(),
                heavy.responsible(), heavy.grade(), heavy.clause(),
                "The coat is not the one described: the label photo shows wool blend, not wool.",
                Sql.version(db, id))).rulingId();
        desk.approve(second, "super1");
        try (PaymentSystem payments = new PaymentSystem()) {
            refunds.deliverDue();
        }
        long penalty = Sql.number(db, "SELECT p.id FROM penalties p JOIN rulings r ON r.id = p.ruling_id"
                + " WHERE r.dispute_id = " + id);
        long appeal = appealFiling.file(shop, penalty, "The label was sewn in by the factory; we did not know.",
                List.of()).id();
        appealDesk.decide(appeal, false, "super2", "The listing itself promised pure wool.");

        List<Stored> events = eventsOf(id);
        assertEquals(List.of(CaseEventType.CASE_CLAIMED, CaseEventType.EVIDENCE_REQUESTED,
                CaseEventType.EVIDENCE_REQUESTED, CaseEventType.EVIDENCE_RECEIVED,
                CaseEventType.EVIDENCE_DEADLINE_PASSED, CaseEventType.RULING_PENDING_APPROVAL,
                CaseEventType.RULING_SENT_BACK, CaseEventType.RULING_PENDING_APPROVAL, CaseEventType.RULED,
                CaseEventType.REFUND_CONFIRMED, CaseEventType.APPEAL_FILED, CaseEventType.APPEAL_DECIDED),
                events.stream().map(Stored::type).toList());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).sequence(), "numbered 1, 2, 3 … within the case");
            assertEquals(Sql.text(db, "SELECT external_id FROM disputes WHERE id = " + id), events.get(i).externalId());
        }
        Set<String> requested = Set.of(events.get(1).data().path("party").asText(),
                events.get(2).data().path("party").asText());
        assertEquals(Set.of("SELLER", "BUYER"), requested);
        assertTrue(events.get(1).data().path("dueAt").asText().endsWith("Z"), events.get(1).data().toString());
        JsonNode received = events.get(3).data();
        assertEquals("SELLER", received.path("party").asText());
        assertTrue(received.path("statement").asBoolean());
        assertEquals(label.photo().sha256(), received.path("photos").path(0).asText());
        assertEquals("BUYER", events.get(4).data().path("party").asText());
        assertEquals(600_000, events.get(5).data().path("refund").path("amount").asLong());
        JsonNode ruled = events.get(8).data();
        assertEquals("FULL_REFUND", ruled.path("outcome").asText());
        assertEquals(600_000, ruled.path("refund").path("amount").asLong());
        assertEquals("CNY", ruled.path("refund").path("currency").asText());
        assertEquals("SELLER", ruled.path("responsibleParty").asText());
        assertEquals("MINOR", ruled.path("penaltyGrade").asText());
        assertEquals("QUAL-1/1", ruled.path("clause").asText());
        assertEquals(600_000, events.get(9).data().path("refund").path("amount").asLong());
        assertEquals("MINOR", events.get(10).data().path("penaltyGrade").asText());
        assertEquals("UPHELD", events.get(11).data().path("verdict").asText());
        assertNoStaffNamed(id);
    }

    @Test
    void aRefundThePaymentSystemRefusesForGoodIsAnEventAndAWithdrawalIsOne() throws Exception {
        long refused = IntakeRequests.newCase();
        assertTrue(claims.claim(refused, "arbiter2"));
        desk.rule(refused, "arbiter2", new RulingDecision(RulingOutcome.PARTIAL_REFUND, Money.yuan(5000),
                ResponsibleParty.NEITHER, Optional.empty(), new PolicyClause.Key("QUAL-1", 1),
                "Part of the price for the visible defect.", Sql.version(db, refused)));
        try (PaymentSystem payments = new PaymentSystem()) {
            payments.answer.set(500);
            for (int attempt = 0; attempt < 3; attempt++) {
                Sql.run(db, "UPDATE refund_instructions SET next_attempt_at = now() - interval '1 second'"
                        + " WHERE dispute_id = " + refused + " AND next_attempt_at IS NOT NULL");
                refunds.deliverDue();
            }
        }
        assertEquals(List.of(CaseEventType.CASE_CLAIMED, CaseEventType.RULED, CaseEventType.REFUND_FAILED),
                eventsOf(refused).stream().map(Stored::type).toList());
        assertEquals(3, eventsOf(refused).get(2).data().path("attempts").asInt());

        long withdrawn = IntakeRequests.newCase();
        withdrawals.withdraw(withdrawn, WithdrawalReason.SETTLED, "Refunded in the shop's back office.",
                Instant.parse("2026-11-20T08:00:00Z"));
        withdrawals.withdraw(withdrawn, WithdrawalReason.SETTLED, "Refunded in the shop's back office.",
                Instant.parse("2026-11-20T08:00:00Z"));
        List<Stored> events = eventsOf(withdrawn);
        assertEquals(List.of(CaseEventType.WITHDRAWN), events.stream().map(Stored::type).toList(),
                "the same withdrawal again writes nothing more");
        assertEquals("SETTLED", events.get(0).data().path("reason").asText());
        assertEquals("2026-11-20T08:00:00Z", events.get(0).data().path("withdrawnAt").asText());
        assertNoStaffNamed(refused);
    }

    @Test
    void aRefusedChangeWritesNoEvent() throws Exception {
        long id = IntakeRequests.newCase();
        assertTrue(claims.claim(id, "arbiter1"));
        assertFalse(claims.claim(id, "arbiter2"), "held by arbiter1");
        RulingDecision decision = new RulingDecision(RulingOutcome.REJECTED, Money.yuan(0), ResponsibleParty.BUYER,
                Optional.empty(), new PolicyClause.Key("BUY-1", 1), "The buyer did not show the defect at all.",
                Sql.version(db, id));
        assertThrows(RulingRefused.class, () -> desk.rule(id, "arbiter2", decision), "not the holder");
        assertThrows(RulingRefused.class, () -> desk.rule(id, "arbiter1", new RulingDecision(decision.outcome(),
                decision.refund(), decision.responsible(), decision.grade(), decision.clause(), decision.rationale(),
                decision.caseVersion() - 1)), "a stale form");
        assertTrue(requests.request(id, Set.of(), "Nothing asked of nobody.", "arbiter1").isEmpty());
        assertTrue(requests.request(id, Set.of(Party.SELLER), "Not the holder asking.", "arbiter2").isEmpty());
        assertThrows(EvidenceRequests.EvidenceRefused.class,
                () -> requests.submit(id, Party.BUYER, "Unasked.", List.of()));
        assertEquals(List.of(CaseEventType.CASE_CLAIMED), eventsOf(id).stream().map(Stored::type).toList());

        desk.rule(id, "arbiter1", decision);
        assertThrows(WithdrawalRefused.class, () -> withdrawals.withdraw(id, WithdrawalReason.SETTLED, "",
                Instant.parse("2026-11-20T08:00:00Z")));
        assertEquals(List.of(CaseEventType.CASE_CLAIMED, CaseEventType.RULED),
                eventsOf(id).stream().map(Stored::type).toList(), "a refused withdrawal after the ruling adds none");
    }

    private List<Stored> eventsOf(long disputeId) throws Exception {
        List<Stored> events = new ArrayList<>();
        try (var c = db.getConnection();
                var s = c.createStatement();
                var rows = s.executeQuery(
                        "SELECT type, sequence, data::text, external_id FROM case_events WHERE dispute_id = " + disputeId
                                + " ORDER BY sequence")) {
            while (rows.next()) {
                events.add(new Stored(CaseEventType.valueOf(rows.getString(1)), rows.getInt(2),
                        JSON.readTree(rows.getString(3)), rows.getString(4)));
            }
        }
        return events;
    }

    private void assertNoStaffNamed(long disputeId) {
        String all = Sql.text(db, "SELECT coalesce(string_agg(data::text, ' '), '') FROM case_events WHERE dispute_id = "
                + disputeId);
        for (String staff : STAFF) {
            assertFalse(all.contains(staff), staff + " named in " + all);
        }
    }
}
