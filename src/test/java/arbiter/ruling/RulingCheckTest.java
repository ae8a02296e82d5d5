package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;

/** What each kind of bad ruling form gets: the field it is about and the message, and no decision. */
class RulingCheckTest {

    static final Money PAID = Money.yuan(59900);
    /** QUAL-1 and BUY-1 as V18 declares them. */
    static final Map<PolicyClause.Key, ClauseSupport> CLAUSES = Map.of(
            new PolicyClause.Key("QUAL-1", 1), new ClauseSupport(
                    Set.of(RulingOutcome.FULL_REFUND, RulingOutcome.PARTIAL_REFUND),
                    Set.of(ResponsibleParty.SELLER, ResponsibleParty.NEITHER),
                    Set.of(PenaltyGrade.WARNING, PenaltyGrade.MINOR, PenaltyGrade.GENERAL, PenaltyGrade.SERIOUS), false),
            new PolicyClause.Key("BUY-1", 1), new ClauseSupport(Set.of(RulingOutcome.REJECTED),
                    Set.of(ResponsibleParty.BUYER), Set.of(), false),
            new PolicyClause.Key("FAKE-1", 1), new ClauseSupport(Set.of(RulingOutcome.FULL_REFUND),
                    Set.of(ResponsibleParty.SELLER), Set.of(PenaltyGrade.SERIOUS, PenaltyGrade.CRITICAL), true));

    static RulingForm valid() {
        RulingForm form = new RulingForm();
        form.outcome = "PARTIAL_REFUND";
        form.refund = "200.50";
        form.responsible = "SELLER";
        form.grade = "MINOR";
        form.clause = "QUAL-1/1";
        form.rationale = "The pilling is visible in the buyer's close-up photo.";
        form.version = "3";
        return form;
    }

    @Test
    void aValidFormBecomesADecision() {
        RulingDecision decision = RulingCheck.check(valid(), PAID, CLAUSES).decision().orElseThrow();

        assertEquals(RulingOutcome.PARTIAL_REFUND, decision.outcome());
        assertEquals(Money.yuan(20050), decision.refund());
        assertEquals(ResponsibleParty.SELLER, decision.responsible());
        assertEquals(Optional.of(PenaltyGrade.MINOR), decision.grade());
        assertEquals(new PolicyClause.Key("QUAL-1", 1), decision.clause());
        assertEquals(3, decision.caseVersion());
    }

    @Test
    void aFullRefundIsTheAmountPaidWhateverWasTyped() {
        RulingForm form = valid();
        form.outcome = "FULL_REFUND";
        form.refund = "1";
        assertEquals(PAID, RulingCheck.check(form, PAID, CLAUSES).decision().orElseThrow().refund());
    }

    @Test
    void aRejectedClaimRefundsNothing() {
        RulingForm form = valid();
        form.outcome = "REJECTED";
        form.responsible = "BUYER";
        form.grade = "";
        form.clause = "BUY-1/1";
        RulingDecision decision = RulingCheck.check(form, PAID, CLAUSES).decision().orElseThrow();
        assertEquals(0, decision.refund().minor());
        assertEquals(Optional.empty(), decision.grade());
    }

    @Test
    void partialRefundOutsideZeroAndTheAmountPaidIsRefused() {
        for (String refund : new String[] { "0", "599", "600", "-5", "abc", "", "1.005" }) {
            assertRefused(form -> form.refund = refund, "refund", "ruling_error_partial_refund");
        }
    }

    @Test
    void aPenaltyWithTheBuyerResponsibleIsRefused() {
        assertRefused(form -> form.responsible = "BUYER", "grade", "ruling_error_penalty_not_seller");
        assertRefused(form -> form.responsible = "NEITHER", "grade", "ruling_error_penalty_not_seller");
    }

    @Test
    void aShortRationaleIsRefused() {
        assertRefused(form -> form.rationale = "Too short", "rationale", "ruling_error_rationale_short");
        assertRefused(form -> form.rationale = "    " + "x".repeat(19) + "    ", "rationale",
                "ruling_error_rationale_short"); // spaces around the text do not count
        assertRefused(form -> form.rationale = "x".repeat(4001), "rationale", "ruling_error_rationale_long");
    }

    @Test
    void anUnknownOrInactiveClauseIsRefused() {
        for (String clause : new String[] { "NOPE-1/1", "QUAL-1/2", "QUAL-1", "", "QUAL-1/x" }) {
            assertRefused(form -> form.clause = clause, "clause", "ruling_error_clause");
        }
    }

    @Test
    void aClauseThatDoesNotFitTheRulingIsRefusedBesideTheClause() {
        // The issue's own example: the buyer did not prove the claim, yet the seller is penalised.
        assertRefused(form -> form.clause = "BUY-1/1", "clause", "ruling_error_clause_outcome");
        assertRefused(form -> {
            form.clause = "BUY-1/1";
            form.outcome = "REJECTED";
        }, "clause", "ruling_error_clause_party");
        assertRefused(form -> {
            form.clause = "BUY-1/1";
            form.outcome = "REJECTED";
            form.responsible = "BUYER";
            form.grade = "";
            form.rationale = "The photos show no defect at all, only wear.";
        }, "none", null);
        assertRefused(form -> form.outcome = "REJECTED", "clause", "ruling_error_clause_outcome");
        assertRefused(form -> form.grade = "CRITICAL", "clause", "ruling_error_clause_grade");
        assertRefused(form -> {
            form.clause = "FAKE-1/1";
            form.outcome = "FULL_REFUND";
            form.grade = "";
        }, "clause", "ruling_error_clause_penalty_required");
        assertRefused(form -> {
            form.clause = "FAKE-1/1";
            form.outcome = "FULL_REFUND";
            form.grade = "MINOR";
        }, "clause", "ruling_error_clause_grade");
    }

    @Test
    void everyChoiceFitsAClauseExactlyWhenItsDeclarationSaysSo() {
        int refused = 0;
        int made = 0;
        for (var clause : CLAUSES.entrySet()) {
            for (RulingOutcome outcome : RulingOutcome.values()) {
                for (ResponsibleParty party : ResponsibleParty.values()) {
                    for (String grade : new String[] { "", "WARNING", "MINOR", "GENERAL", "SERIOUS", "CRITICAL" }) {
                        RulingForm form = valid();
                        form.clause = clause.getKey().code() + "/1";
                        form.outcome = outcome.name();
                        form.responsible = party.name();
                        form.grade = grade;
                        RulingCheck.Result result = RulingCheck.check(form, PAID, CLAUSES);
                        ClauseSupport support = clause.getValue();
                        boolean penaltyOfANonSeller = !grade.isEmpty() && party != ResponsibleParty.SELLER;
                        boolean fits = support.outcomes().contains(outcome) && support.parties().contains(party)
                                && (grade.isEmpty() ? !support.penaltyRequired()
                                        : support.grades().contains(PenaltyGrade.valueOf(grade)));
                        if (penaltyOfANonSeller) {
                            assertEquals("ruling_error_penalty_not_seller", result.errors().get("grade"));
                        } else if (fits) {
                            assertTrue(result.decision().isPresent(), form.clause + " " + outcome + " " + party + " "
                                    + grade + ": " + result.errors());
                            made++;
                        } else {
                            assertTrue(result.decision().isEmpty());
                            assertTrue(result.errors().get("clause").startsWith("ruling_error_clause_"),
                                    form.clause + " " + outcome + " " + party + " " + grade + ": " + result.errors());
                            refused++;
                        }
                    }
                }
            }
        }
        // QUAL-1: 2 outcomes x (the seller with one of 4 grades or none, or neither with none) = 12; BUY-1: 1; FAKE-1: 2.
        assertEquals(15, made);
        assertTrue(refused > 20, "most combinations do not fit: " + refused);
    }

    @Test
    void unknownOutcomePartyGradeOrVersionAreNamed() {
        assertRefused(form -> form.outcome = "REFUND_TWICE", "outcome", "ruling_error_outcome");
        assertRefused(form -> form.responsible = "PLATFORM", "responsible", "ruling_error_responsible");
        assertRefused(form -> form.grade = "HUGE", "grade", "ruling_error_grade");
        assertRefused(form -> form.version = "3 or 1=1", "version", "ruling_error_version");
    }

    @Test
    void aTemplateReferenceThatIsNotIdSlashVersionIsNamed() {
        for (String reference : new String[] { "x", "12", "12/", "/1", "12/0", "12/1/2", "-1/1", "12/1 or 1=1" }) {
            assertRefused(form -> form.template = reference, "template", "ruling_error_template");
        }
        RulingForm form = valid();
        form.template = " 12/3 ";
        assertEquals(Optional.of(new RationaleTemplate.Key(12, 3)),
                RulingCheck.check(form, PAID, CLAUSES).decision().orElseThrow().template());
        form.template = "";
        assertEquals(Optional.empty(), RulingCheck.check(form, PAID, CLAUSES).decision().orElseThrow().template());
    }

    @Test
    void reliedOnValuesThatAreNotIdsOrHashesOrTooManyAreNamed() {
        for (String id : new String[] { "x", "-1", "1.5", "" }) {
            assertRefused(form -> form.reliedMessages = java.util.List.of(id), "reliedOn", "ruling_error_relied_on");
        }
        for (String sha : new String[] { "abc", "A".repeat(64), "g".repeat(64), "0".repeat(65) }) {
            assertRefused(form -> form.reliedPhotos = java.util.List.of(sha), "reliedOn", "ruling_error_relied_on");
        }
        java.util.List<String> many = java.util.stream.LongStream.rangeClosed(1, ReliedOn.MAX_EACH + 1)
                .mapToObj(Long::toString).toList();
        assertRefused(form -> form.reliedMessages = many, "reliedOn", "ruling_error_relied_on");
        RulingForm twice = valid();
        twice.reliedMessages = java.util.List.of("7", "7", "9");
        assertEquals(java.util.List.of(7L, 9L),
                RulingCheck.check(twice, PAID, CLAUSES).decision().orElseThrow().reliedOn().messageIds(),
                "each item once, in the order marked");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        RulingForm form = new RulingForm();
        Map<String, String> errors = RulingCheck.check(form, PAID, CLAUSES).errors();
        assertEquals(Set.of("outcome", "responsible", "clause", "rationale", "version"), errors.keySet());
    }

    private static void assertRefused(Consumer<RulingForm> change, String field, String messageKey) {
        RulingForm form = valid();
        change.accept(form);
        RulingCheck.Result result = RulingCheck.check(form, PAID, CLAUSES);
        if (messageKey == null) {
            assertTrue(result.decision().isPresent(), "a fitting ruling passes: " + result.errors());
            return;
        }
        assertTrue(result.decision().isEmpty(), "no decision from a bad form");
        assertEquals(messageKey, result.errors().get(field), field + " of " + result.errors());
    }
}
