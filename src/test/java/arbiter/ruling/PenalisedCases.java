package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import io.agroal.api.AgroalDataSource;

/** Cases ruled against the seller with a penalty, for the tests of what follows: notices and appeals. */
@ApplicationScoped
public class PenalisedCases {

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    /** What the ruling left: the case, its penalty and the shop's penalty notice. */
    public record Penalised(long disputeId, long penaltyId, long noticeId) {
    }

    /** A new case of {@code shop}, claimed and ruled by {@code arbitrator}: a full refund and {@code grade}. */
    public Penalised ruled(String shop, String arbitrator, PenaltyGrade grade, String rationale) {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        assertTrue(claims.claim(id, arbitrator));
        desk.rule(id, arbitrator, new RulingDecision(RulingOutcome.FULL_REFUND, Money.yuan(29900),
                ResponsibleParty.SELLER, Optional.of(grade),
                FittingClause.of(RulingOutcome.FULL_REFUND, ResponsibleParty.SELLER, Optional.of(grade)), rationale,
                Sql.version(db, id)));
        long penalty = Sql.number(db, "SELECT p.id FROM penalties p JOIN rulings r ON r.id = p.ruling_id"
                + " WHERE r.dispute_id = " + id);
        return new Penalised(id, penalty, Sql.number(db, "SELECT id FROM penalty_notices WHERE penalty_id = "
                + penalty + " AND kind = 'PENALTY'"));
    }
}
