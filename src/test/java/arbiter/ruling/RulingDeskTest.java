package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.RulingDesk.RulingRefused;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Making rulings: one ruling and one refund whatever is sent twice or at once; four eyes for heavy ones. */
@QuarkusTest
class RulingDeskTest {

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    @Test
    void anEffectiveRulingDecidesTheCaseQueuesTheRefundAndImposesThePenalty() throws Exception {
        long id = heldCase(59900);
        RulingDesk.Made made = desk.rule(id, "arbiter1", decision(id, RulingOutcome.PARTIAL_REFUND, 20000,
                Optional.of(PenaltyGrade.MINOR)));

        assertTrue(made.effective());
        assertEquals("RULED::", query("SELECT status || ':' || coalesce(assignee, '') || ':' "
                + "|| coalesce(lease_expires_at::text, '') FROM disputes WHERE id = " + id));
        assertEquals("PENDING:20000", query("SELECT state || ':' || amount FROM refund_instructions WHERE dispute_id = " + id));
        assertEquals("MINOR:0:2", query("SELECT grade || ':' || points_before || ':' || points_after FROM penalties "
                + "WHERE ruling_id = " + made.ruling().id));
        assertEquals("1",
                query("SELECT count(*) FROM penalty_notices WHERE penalty_id = "
                        + made.penalty().orElseThrow().penalty().id()));
        assertEquals(query("SELECT string_agg(DISTINCT photo_sha256, ',' ORDER BY photo_sha256) FROM evidence_items "
                + "WHERE dispute_id = " + id), String.join(",", made.ruling().evidenceHashes), "the evidence it saw");
    }

    @Test
    void thePenaltyNoticeIsMailedAfterCommitInTheShopsLanguage() throws Exception {
        long chineseCase = heldCase(59900);
        long englishCase = heldCase(59900);
        Sql.run(db, "UPDATE shops SET language = 'en' WHERE id = (SELECT shop_id FROM disputes"
                + " WHERE id = " + englishCase + ")");
        desk.rule(chineseCase, "arbiter1", decision(chineseCase, RulingOutcome.REJECTED, 0,
                Optional.of(PenaltyGrade.WARNING)));
        desk.rule(englishCase, "arbiter1", decision(englishCase, RulingOutcome.PARTIAL_REFUND, 100,
                Optional.of(PenaltyGrade.SERIOUS)));

        String chinese = mailAbout(query("SELECT case_no FROM disputes WHERE id = " + chineseCase), "处罚通知");
        String english = mailAbout(query("SELECT case_no FROM disputes WHERE id = " + englishCase), "Penalty notice");

        assertTrue(chinese.contains("处罚前 0 分，现为 0 分"), chinese);
        assertTrue(english.contains("0 before, 12 now") && english.contains("listing restriction")
                && english.contains("You may appeal this penalty in the seller portal until"), english);
        String mailed = "SELECT bool_and(n.emailed_at IS NOT NULL)::text FROM penalty_notices n JOIN penalties p"
                + " ON p.id = n.penalty_id JOIN rulings r ON r.id = p.ruling_id WHERE r.dispute_id IN (" + chineseCase
                + ", " + englishCase + ")";
        for (int wait = 0; wait < 50 && !query(mailed).startsWith("t"); wait++) {
            Thread.sleep(100); // recorded just after the mail server accepted the mail
        }
        assertEquals("t", query(mailed).substring(0, 1), "the notices record that they were mailed");
    }

    private static String mailAbout(String caseNo, String subjectPart) {
        return arbiter.Mails.text(arbiter.Mails.await(s -> s.contains(caseNo) && s.contains(subjectPart),
                "'" + subjectPart + "' about " + caseNo));
    }

    @Test
    void theSameRulingSentTwiceIsMadeOnce() throws Exception {
        long id = heldCase(59900);
        RulingDecision decision = decision(id, RulingOutcome.FULL_REFUND, 59900, Optional.empty());
        desk.rule(id, "arbiter1", decision);

        RulingRefused again = assertThrows(RulingRefused.class, () -> desk.rule(id, "arbiter1", decision));

        assertEquals(RulingRefused.Reason.NOT_HOLDER, again.reason);
        assertEquals("1:1", query("SELECT (SELECT count(*) FROM rulings WHERE dispute_id = " + id + ") || ':' || "
                + "(SELECT count(*) FROM refund_instructions WHERE dispute_id = " + id + ")"));
    }

    @Test
    void rulingsAtTheSameMomentLeaveExactlyOneRulingAndOneRefund() throws Exception {
        long id = heldCase(59900);
        RulingDecision decision = decision(id, RulingOutcome.FULL_REFUND, 59900, Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> {
                try {
                    desk.rule(id, "arbiter1", decision);
                    return true;
                } catch (RulingRefused refused) {
                    return false;
                }
            });
        }
        int made = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            made += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, made);
        assertEquals("1:1", query("SELECT (SELECT count(*) FROM rulings WHERE dispute_id = " + id + ") || ':' || "
                + "(SELECT count(*) FROM refund_instructions WHERE dispute_id = " + id + ")"));
    }

    @Test
    void aRulingOnACaseThatChangedOrIsHeldBySomeoneElseIsRefusedAndWritesNothing() throws Exception {
        long id = heldCase(59900);
        RulingDecision stale = new RulingDecision(RulingOutcome.REJECTED, Money.yuan(0), ResponsibleParty.BUYER,
                Optional.empty(), new PolicyClause.Key("BUY-1", 1), "The photos show no defect at all.",
                version(id) - 1);
        assertEquals(RulingRefused.Reason.STALE, assertThrows(RulingRefused.class,
                () -> desk.rule(id, "arbiter1", stale)).reason);
        assertEquals(RulingRefused.Reason.NOT_HOLDER, assertThrows(RulingRefused.class,
                () -> desk.rule(id, "arbiter2", decision(id, RulingOutcome.REJECTED, 0, Optional.empty()))).reason);
        assertEquals("0:IN_REVIEW", query("SELECT (SELECT count(*) FROM rulings WHERE dispute_id = " + id + ") || ':' "
                + "|| (SELECT status FROM disputes WHERE id = " + id + ")"));
    }

    @Test
    void aLargeRefundWaitsForASupervisorAndNothingIsExecuted() throws Exception {
        long id = heldCase(600000);
        RulingDesk.Made made = desk.rule(id, "arbiter1", decision(id, RulingOutcome.FULL_REFUND, 600000,
                Optional.empty()));

        assertEquals(RulingState.PENDING_APPROVAL, made.ruling().state);
        assertEquals("PENDING_APPROVAL:0", query("SELECT status || ':' || (SELECT count(*) FROM refund_instructions "
                + "WHERE dispute_id = " + id + ") FROM disputes WHERE id = " + id));
    }

    @Test
    void aPenaltyReachingTheSealWaitsForASupervisor() throws Exception {
        long id = heldCase(59900);
        // A critical penalty fits only a counterfeit (FAKE-1), which refunds in full: ¥599, below the approval amount.
        RulingDesk.Made made = desk.rule(id, "arbiter1", decision(id, RulingOutcome.FULL_REFUND, 59900,
                Optional.of(PenaltyGrade.CRITICAL)));

        assertEquals(RulingState.PENDING_APPROVAL, made.ruling().state);
        assertEquals("0:0", query("SELECT (SELECT count(*) FROM penalties WHERE ruling_id = " + made.ruling().id
                + ") || ':' || (SELECT count(*) FROM refund_instructions WHERE dispute_id = " + id + ")"));
    }

    /** A new case of its own shop (so points start at 0), claimed by arbiter1. */
    private long heldCase(long amountPaid) {
        long id = IntakeRequests.newCase(dispute -> {
            IntakeRequests.amount(dispute, amountPaid);
            IntakeRequests.shop(dispute, IntakeRequests.newShopId());
        });
        assertTrue(claims.claim(id, "arbiter1"));
        return id;
    }

    private RulingDecision decision(long id, RulingOutcome outcome, long refund, Optional<PenaltyGrade> grade)
            throws Exception {
        ResponsibleParty party = grade.isPresent() ? ResponsibleParty.SELLER : ResponsibleParty.NEITHER;
        return new RulingDecision(outcome, Money.yuan(refund), party, grade, FittingClause.of(outcome, party, grade),
                "The buyer's close-up shows the pilling clearly.", version(id));
    }

    private long version(long id) {
        return Sql.version(db, id);
    }

    private String query(String sql) {
        return Sql.text(db, sql);
    }
}
