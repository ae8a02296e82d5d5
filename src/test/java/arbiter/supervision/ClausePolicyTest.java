package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.ClauseSupport;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.PolicyClauses;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingDesk.RulingRefused;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Policy clauses declare what they support and supervisors manage them (issue 16, "Clauses that fit the ruling"): every
 * mismatch of clause and outcome, party or grade is refused by the desk with nothing written; a change is a new version
 * and rulings keep the version they cited; each kind of bad clause form gets 400 beside its field and writes nothing.
 * Each test writes clauses of its own codes, so the clauses other tests cite stay as V18 wrote them.
 */
@QuarkusTest
class ClausePolicyTest {

    @Inject
    AgroalDataSource db;

    @Inject
    RulingDesk desk;

    @Inject
    CaseClaims claims;

    @Inject
    PolicyClauses clauses;

    static String newCode() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "-1";
    }

    @Test
    void everyMismatchOfEveryActiveClauseIsRefusedByTheDeskWithNothingWritten() throws Exception {
        long id = IntakeRequests.newCase(dispute -> {
        });
        assertTrue(claims.claim(id, "arbiter1"));
        long version = Sql.version(db, id);
        String writes = "SELECT (SELECT count(*) FROM rulings WHERE dispute_id = " + id + ") * 1000000"
                + " + (SELECT count(*) FROM audit_events WHERE target_id = '" + id + "') * 1000"
                + " + (SELECT count(*) FROM case_events WHERE dispute_id = " + id + ")";
        long before = Sql.number(db, writes);
        int refused = 0;
        int fitting = 0;
        List<Optional<PenaltyGrade>> grades = new ArrayList<>(List.of(Optional.empty()));
        for (PenaltyGrade grade : PenaltyGrade.values()) {
            grades.add(Optional.of(grade));
        }
        for (Map.Entry<PolicyClause.Key, ClauseSupport> clause : clauses.activeSupport().entrySet()) {
            for (RulingOutcome outcome : RulingOutcome.values()) {
                for (ResponsibleParty party : ResponsibleParty.values()) {
                    for (Optional<PenaltyGrade> grade : grades) {
                        if (grade.isPresent() && party != ResponsibleParty.SELLER) {
                            continue; // refused before any clause is read (RulingCheck, and the database's check)
                        }
                        if (clause.getValue().mismatch(outcome, party, grade).isEmpty()) {
                            fitting++;
                            continue;
                        }
                        Money refund = switch (outcome) {
                            case FULL_REFUND -> Money.yuan(9900);
                            case PARTIAL_REFUND -> Money.yuan(100);
                            case REJECTED -> Money.yuan(0);
                        };
                        RulingDecision decision = new RulingDecision(outcome, refund, party, grade, clause.getKey(),
                                "A ruling that does not fit the clause it cites.", version);
                        RulingRefused refusal = assertThrows(RulingRefused.class, () -> desk.rule(id, "arbiter1", decision),
                                clause.getKey() + " " + outcome + " " + party + " " + grade);
                        assertEquals(RulingRefused.Reason.CLAUSE_MISMATCH, refusal.reason);
                        refused++;
                    }
                }
            }
        }
        assertEquals(before, Sql.number(db, writes), "no ruling, audit event or case event written");
        assertEquals("IN_REVIEW", Sql.text(db, "SELECT status FROM disputes WHERE id = " + id));
        assertTrue(refused > 100 && fitting > 20, refused + " refused, " + fitting + " fitting");

        // The example, by name: the buyer did not prove the claim (BUY-1), yet the seller is penalised.
        RulingRefused buyerNotProven = assertThrows(RulingRefused.class, () -> desk.rule(id, "arbiter1",
                new RulingDecision(RulingOutcome.REJECTED, Money.yuan(0), ResponsibleParty.SELLER,
                        Optional.of(PenaltyGrade.MINOR), new PolicyClause.Key("BUY-1", 1),
                        "The buyer did not prove the claim.", version)));
        assertEquals(RulingRefused.Reason.CLAUSE_MISMATCH, buyerNotProven.reason);
    }

    @Test
    void aRevisedClauseIsANewVersionAndRulingsKeepTheVersionTheyCited() throws Exception {
        String code = newCode();
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            assertEquals(303, browser.post("/supervision/templates/clauses", "code", code,
                    "titleEn", "Wrong colour sent", "titleZh", "发错颜色", "outcome", "FULL_REFUND",
                    "outcome", "PARTIAL_REFUND", "responsible", "SELLER", "grade", "WARNING", "grade", "MINOR"));
            long caseId = IntakeRequests.newCase(dispute -> {
            });
            assertTrue(claims.claim(caseId, "arbiter1"));
            desk.rule(caseId, "arbiter1", new RulingDecision(RulingOutcome.PARTIAL_REFUND, Money.yuan(100),
                    ResponsibleParty.SELLER, Optional.of(PenaltyGrade.WARNING), new PolicyClause.Key(code, 1),
                    "The colour sent was not the one ordered.", Sql.version(db, caseId)));

            // Version 2 drops WARNING: the ruling made under version 1 still names version 1.
            assertEquals(303, browser.post("/supervision/templates/clauses/" + code, "titleEn", "Wrong colour sent",
                    "titleZh", "发错颜色", "outcome", "FULL_REFUND", "outcome", "PARTIAL_REFUND",
                    "responsible", "SELLER", "grade", "MINOR"));
            String base = code.substring(0, code.length() - 2);
            assertEquals("2:true 1:false", Sql.text(db, "SELECT string_agg(version || ':' || active, ' ' ORDER BY version"
                    + " DESC) FROM policy_clauses WHERE code = '" + code + "'"), base);
            assertEquals(code + "/1", Sql.text(db, "SELECT clause_code || '/' || clause_version FROM rulings"
                    + " WHERE dispute_id = " + caseId));
            assertEquals(2, Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'CLAUSE_WRITTEN'"
                    + " AND target_type = 'policy' AND target_id = 'clause " + code + "'"));

            // The same content again writes nothing.
            assertEquals(303, browser.post("/supervision/templates/clauses/" + code, "titleEn", "Wrong colour sent",
                    "titleZh", "发错颜色", "outcome", "FULL_REFUND", "outcome", "PARTIAL_REFUND",
                    "responsible", "SELLER", "grade", "MINOR"));
            assertEquals(2, Sql.number(db, "SELECT count(*) FROM policy_clauses WHERE code = '" + code + "'"));

            // A form still naming version 1 is refused: version 1 is no longer citable.
            long other = IntakeRequests.newCase(dispute -> {
            });
            assertTrue(claims.claim(other, "arbiter1"));
            RulingRefused stale = assertThrows(RulingRefused.class, () -> desk.rule(other, "arbiter1",
                    new RulingDecision(RulingOutcome.PARTIAL_REFUND, Money.yuan(100), ResponsibleParty.SELLER,
                            Optional.of(PenaltyGrade.MINOR), new PolicyClause.Key(code, 1),
                            "The colour sent was not the one ordered.", Sql.version(db, other))));
            assertEquals(RulingRefused.Reason.CLAUSE_INACTIVE, stale.reason);

            HtmlPage page = browser.openHtml("/supervision/templates/clauses/" + code);
            String text = page.asNormalizedText();
            assertTrue(text.contains("In force") && text.contains("Superseded"), text);
            assertTrue(browser.openHtml("/supervision/templates").asNormalizedText().contains(code));

            // Retired: nothing may cite it; the page says so; retiring again changes nothing.
            assertEquals(303, browser.post("/supervision/templates/clauses/" + code + "/retire"));
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM policy_clauses WHERE active AND code = '" + code + "'"));
            assertFalse(clauses.activeSupport().containsKey(new PolicyClause.Key(code, 2)));
            assertEquals(303, browser.post("/supervision/templates/clauses/" + code + "/retire"));
            assertEquals(1, Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'CLAUSE_RETIRED'"
                    + " AND target_id = 'clause " + code + "'"));
            assertTrue(browser.openHtml("/supervision/templates/clauses/" + code).asNormalizedText().contains("Retired"));
        }
    }

    @Test
    void eachKindOfBadClauseFormGets400BesideItsFieldAndWritesNothing() throws Exception {
        String code = newCode();
        String[] good = { "code", code, "titleEn", "Late dispatch", "titleZh", "延迟发货", "outcome", "FULL_REFUND",
                "responsible", "SELLER", "grade", "MINOR" };
        Map<String, String[]> bad = new java.util.LinkedHashMap<>();
        bad.put("A code is capital letters", with(good, "code", "desc-1"));
        bad.put("A code is capital letters ", with(good, "code", "DESC"));
        bad.put(" A code is capital letters", with(good, "code", "X".repeat(12) + "-1"));
        bad.put("A clause with this code exists", with(good, "code", "QUAL-1"));
        bad.put("Give it a title.", with(good, "titleEn", "   "));
        bad.put("A title holds at most 200 characters.", with(good, "titleZh", "长".repeat(201)));
        bad.put("Tick at least one outcome", without(good, "outcome"));
        bad.put("Tick at least one party", without(good, "responsible"));
        bad.put("Choose from the list.", with(good, "outcome", "REFUND_TWICE"));
        bad.put(" Choose from the list.", with(good, "grade", "HUGE"));
        bad.put("Only a responsible seller can be penalised", with(good, "responsible", "BUYER"));
        bad.put("A clause that requires a penalty needs at least one grade.",
                append(without(good, "grade"), "penaltyRequired", "on"));
        bad.put("A clause that requires a penalty may hold only the seller responsible.",
                append(append(good, "responsible", "NEITHER"), "penaltyRequired", "on"));
        bad.put("Choose the buyer, the seller, or nobody.", append(good, "forNoAnswerFrom", "PLATFORM"));
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            long clausesBefore = Sql.number(db, "SELECT count(*) FROM policy_clauses");
            long auditBefore = Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'policy'");
            for (Map.Entry<String, String[]> kind : bad.entrySet()) {
                org.htmlunit.WebRequest request = new org.htmlunit.WebRequest(
                        new java.net.URL(Browser.PORTAL + "/supervision/templates/clauses"), org.htmlunit.HttpMethod.POST);
                List<org.htmlunit.util.NameValuePair> fields = new ArrayList<>(
                        List.of(new org.htmlunit.util.NameValuePair("csrf-token", browser.csrfToken())));
                for (int i = 0; i + 1 < kind.getValue().length; i += 2) {
                    fields.add(new org.htmlunit.util.NameValuePair(kind.getValue()[i], kind.getValue()[i + 1]));
                }
                request.setRequestParameters(fields);
                org.htmlunit.WebResponse answer = browser.sendWithoutRedirect(request);
                assertEquals(400, answer.getStatusCode(), kind.getKey());
                assertTrue(answer.getContentAsString().contains(kind.getKey().strip()), kind.getKey());
            }
            assertEquals(clausesBefore, Sql.number(db, "SELECT count(*) FROM policy_clauses"));
            assertEquals(auditBefore, Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'policy'"));
            // The good form itself passes: the refusals above are for what each changed.
            assertEquals(303, browser.post("/supervision/templates/clauses", good));
            assertEquals(404, browser.post("/supervision/templates/clauses/NOPE-404", good));
        }
    }

    @Test
    void onlySupervisorsManageThePolicy() throws Exception {
        for (String user : new String[] { "arbiter1", "seller1" }) {
            try (Browser browser = new Browser()) {
                browser.signIn(user, "demo");
                browser.client().getOptions().setThrowExceptionOnFailingStatusCode(false);
                assertEquals(403, browser.open("/supervision/templates").getWebResponse().getStatusCode(), user);
                assertEquals(403, browser.post("/supervision/templates/clauses/QUAL-1/retire"), user);
            }
        }
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM policy_clauses WHERE active AND code = 'QUAL-1'"));
    }

    private static String[] with(String[] fields, String name, String value) {
        String[] changed = fields.clone();
        for (int i = 0; i < changed.length; i += 2) {
            if (changed[i].equals(name)) {
                changed[i + 1] = value;
            }
        }
        return changed;
    }

    private static String[] without(String[] fields, String name) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (!fields[i].equals(name)) {
                kept.add(fields[i]);
                kept.add(fields[i + 1]);
            }
        }
        return kept.toArray(String[]::new);
    }

    private static String[] append(String[] fields, String name, String value) {
        String[] longer = java.util.Arrays.copyOf(fields, fields.length + 2);
        longer[fields.length] = name;
        longer[fields.length + 1] = value;
        return longer;
    }
}
