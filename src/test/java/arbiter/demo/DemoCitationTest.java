package arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.dispute.DisputeReason;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.ClauseSupport;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.PolicyClauses;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingOutcome;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Whatever a demo case is about and however it is ruled, the demo cites a clause the ruling fits (V18's declarations,
 * read from the database): every reason × outcome × party the demo rules with × grade it may want. A fresh
 * {@code bin/run} once failed three demo rulings (a partial refund under {@code DELIV-1}) that the seeded first-run test
 * happened not to make.
 */
@QuarkusTest
class DemoCitationTest {

    @Inject
    PolicyClauses clauses;

    @Test
    void everyDemoRulingCitesAClauseItFits() {
        Map<PolicyClause.Key, ClauseSupport> active = clauses.activeSupport();
        List<Optional<PenaltyGrade>> wanted = new ArrayList<>(List.of(Optional.empty()));
        for (PenaltyGrade grade : PenaltyGrade.values()) {
            wanted.add(Optional.of(grade));
        }
        int rulings = 0;
        for (DisputeReason reason : DisputeReason.values()) {
            for (RulingOutcome outcome : RulingOutcome.values()) {
                ResponsibleParty party = outcome == RulingOutcome.REJECTED ? ResponsibleParty.BUYER
                        : ResponsibleParty.SELLER;
                for (Optional<PenaltyGrade> grade : wanted) {
                    Optional<PenaltyGrade> asked = party == ResponsibleParty.SELLER ? grade : Optional.empty();
                    DemoCitation.Citation cited = DemoCitation.choose(reason, outcome, party, asked, active);
                    assertEquals(Optional.empty(), active.get(cited.clause()).mismatch(outcome, party, cited.grade()),
                            reason + " " + outcome + " " + asked + " cites " + cited);
                    rulings++;
                }
            }
        }
        assertEquals(DisputeReason.values().length * 3 * wanted.size(), rulings);
        // The reason's own clause where it fits: a full refund for a counterfeit cites FAKE-1 with its grade.
        DemoCitation.Citation fake = DemoCitation.choose(DisputeReason.COUNTERFEIT, RulingOutcome.FULL_REFUND,
                ResponsibleParty.SELLER, Optional.of(PenaltyGrade.WARNING), active);
        assertEquals(new PolicyClause.Key("FAKE-1", 1), fake.clause());
        assertEquals(Optional.of(PenaltyGrade.SERIOUS), fake.grade(), "the nearest grade FAKE-1 supports");
        assertTrue(active.get(DemoCitation.choose(DisputeReason.NOT_RECEIVED, RulingOutcome.PARTIAL_REFUND,
                ResponsibleParty.SELLER, Optional.empty(), active).clause()).outcomes()
                .contains(RulingOutcome.PARTIAL_REFUND), "DELIV-1 refunds in full only: another clause is cited");
    }
}
