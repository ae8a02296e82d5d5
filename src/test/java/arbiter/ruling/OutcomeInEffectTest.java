package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.DisputeTally;
import arbiter.dispute.PartyRecords;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A dispute keeps the outcome of its ruling once the ruling is in effect (V22), and the parties' record counts it from
 * then (issue 17): a ruling that waits for approval, or is sent back, leaves the dispute open; approved, it counts.
 */
@QuarkusTest
class OutcomeInEffectTest {

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    PartyRecords records;

    @Inject
    AgroalDataSource db;

    @Test
    void aRulingCountsInTheRecordOnlyOnceItIsInEffect() {
        String shop = IntakeRequests.newShopId();
        String buyer = "b-eff-" + UUID.randomUUID().toString().substring(0, 8);
        // ¥8,000, above the ¥5,000 of four eyes: the ruling waits for a supervisor.
        long id = IntakeRequests.newCase(dispute -> {
            IntakeRequests.shop(dispute, shop);
            IntakeRequests.amount(dispute, 800000);
            @SuppressWarnings("unchecked")
            Map<String, Object> party = (Map<String, Object>) dispute.get("buyer");
            party.put("id", buyer);
        });
        assertTrue(claims.claim(id, "arbiter1"));
        rule(id);
        assertEquals("PENDING_APPROVAL:", outcome(id));
        assertEquals(new DisputeTally(1, 0, 0, 0, 0), shopRecord(shop), "awaiting approval: open");

        desk.reject(rulingOf(id), "super1", "The refund needs the courier's report first.");
        assertEquals("IN_REVIEW:", outcome(id));
        assertEquals(new DisputeTally(1, 0, 0, 0, 0), shopRecord(shop), "sent back: open");

        rule(id);
        desk.approve(rulingOf(id), "super1");
        assertEquals("RULED:FULL_REFUND", outcome(id));
        assertEquals(new DisputeTally(0, 1, 0, 0, 0), shopRecord(shop), "approved: a full refund");
    }

    private void rule(long id) {
        desk.rule(id, "arbiter1", new RulingDecision(RulingOutcome.FULL_REFUND, Money.yuan(800000),
                ResponsibleParty.NEITHER, Optional.empty(), new PolicyClause.Key("QUAL-1", 1),
                "The coat is not the colour that was listed.", Sql.version(db, id)));
    }

    private long rulingOf(long id) {
        return Sql.number(db, "SELECT id FROM rulings WHERE dispute_id = " + id + " AND state = 'PENDING_APPROVAL'");
    }

    private String outcome(long id) {
        return Sql.text(db, "SELECT status || ':' || coalesce(outcome, '') FROM disputes WHERE id = " + id);
    }

    private DisputeTally shopRecord(String shop) {
        return records.ofShop(shop, Instant.now()).recent().tally();
    }
}
