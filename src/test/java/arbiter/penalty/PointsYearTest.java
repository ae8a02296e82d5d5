package arbiter.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Points count per calendar year in Asia/Shanghai and start again on 1 January. */
@QuarkusTest
class PointsYearTest {

    @Inject
    PointsCalendar calendar;

    @Inject
    Penalties penalties;

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    @Test
    void theYearTurnsAtMidnightInShanghai() {
        assertEquals(2026, calendar.yearOf(Instant.parse("2026-12-31T15:59:59Z")));
        assertEquals(2027, calendar.yearOf(Instant.parse("2026-12-31T16:00:00Z")), "00:00 on 1 January in UTC+8");
    }

    @Test
    void pointsOfLastYearDoNotCountAfterTheFirstOfJanuary() throws Exception {
        String shop = "shop-py-" + UUID.randomUUID().toString().substring(0, 8);
        long id = caseOf(shop);
        desk.rule(id, "arbiter1", new RulingDecision(RulingOutcome.PARTIAL_REFUND, Money.yuan(100),
                ResponsibleParty.SELLER, Optional.of(PenaltyGrade.SERIOUS), new PolicyClause.Key("QUAL-1", 1),
                "Serious: the coat was a different fabric.", version(id)));
        assertEquals(12, penalties.preview(shop, PenaltyGrade.MINOR).pointsBefore(), "this year's points");

        // The same ledger line a year older: it belongs to last year's count.
        Sql.run(db, "UPDATE points_ledger SET points_year = points_year - 1 WHERE shop_id = '"
                + shop + "'");

        Ladder.Impact impact = penalties.preview(shop, PenaltyGrade.MINOR);
        assertEquals(0, impact.pointsBefore());
        assertEquals(2, impact.pointsAfter());
    }

    private long caseOf(String shop) {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        claims.claim(id, "arbiter1");
        return id;
    }

    private long version(long id) {
        return Sql.version(db, id);
    }
}
