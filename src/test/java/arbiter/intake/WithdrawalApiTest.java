package arbiter.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Mails;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;
import arbiter.money.Money;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The platform withdraws a case (DESIGN "Lifecycle" and "API"): allowed while it is escalated, in review or waiting
 * for evidence, by id and by the platform's id; again is 200 and nothing more; refused (409) once ruled or while a
 * ruling awaits approval; bad bodies are 400 naming the field, an unknown case 404, and none of them changes anything.
 */
@QuarkusTest
class WithdrawalApiTest {

    private static final String SETTLED = """
            { "reason": "SETTLED", "note": "卖家已退款，买家撤诉。", "withdrawnAt": "2026-11-12T20:13:01+08:00" }""";

    @Inject
    AgroalDataSource db;

    @Inject
    CaseClaims claims;

    @Inject
    EvidenceRequests evidence;

    @Inject
    RulingDesk desk;

    @Test
    void anEscalatedCaseIsWithdrawnOnceAndTheShopIsToldAndTheCaseSaysWhy() throws Exception {
        long id = IntakeRequests.newCase();
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id);

        withdraw(id, SETTLED).then().statusCode(200).contentType("application/json")
                .body("id", org.hamcrest.Matchers.equalTo((int) id))
                .body("caseNo", org.hamcrest.Matchers.equalTo(caseNo))
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        assertEquals("WITHDRAWN|SETTLED|卖家已退款，买家撤诉。|2026-11-12 12:13:01+00", Sql.text(db,
                "SELECT status || '|' || withdrawal_reason || '|' || withdrawal_note || '|' || (withdrawn_at AT TIME ZONE 'UTC')::text || '+00'"
                        + " FROM disputes WHERE id = " + id));
        assertEquals(1, events(id), "one audit event");
        assertTrue(Mails.text(Mails.await(s -> s.contains(caseNo) && s.contains("withdrawn"), "the withdrawal mail"))
                .contains("买卖双方已协商解决"), "the mail says why, in Chinese first");

        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String page = browser.openHtml("/disputes/" + id).asNormalizedText();
            assertTrue(page.contains("Withdrawn by the platform on 2026-11-12 20:13: The buyer and the seller settled"
                    + " · 卖家已退款，买家撤诉。"), page);
        }

        long version = Sql.version(db, id);
        withdraw(id, SETTLED).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        assertEquals(1, events(id), "the same withdrawal again records nothing");
        assertEquals(version, Sql.version(db, id), "and changes nothing");
    }

    @Test
    void aCaseInReviewLeavesItsHolderAndACaseAwaitingEvidenceClosesItsRequests() {
        long held = IntakeRequests.newCase();
        assertTrue(claims.claim(held, "arbiter1"));
        withdraw(held, "{\"reason\": \"BUYER_CANCELLED\"}").then().statusCode(200);
        assertEquals("WITHDRAWN|-",
                Sql.text(db, "SELECT status || '|' || coalesce(assignee, '-') FROM disputes WHERE id = " + held));
        assertEquals("IN_REVIEW|arbiter1",
                Sql.text(db, "SELECT before_state::json->>'status' || '|' || (before_state::json->>'assignee')"
                        + " FROM audit_events WHERE action = 'WITHDRAWN' AND target_id = '" + held + "'"),
                "the event says whose it was");

        long waiting = IntakeRequests.newCase();
        assertTrue(claims.claim(waiting, "arbiter1"));
        evidence.request(waiting, Set.of(Party.SELLER, Party.BUYER), "The delivery receipt, please.", "arbiter1");
        assertEquals("AWAITING_EVIDENCE", Sql.text(db, "SELECT status FROM disputes WHERE id = " + waiting));
        withdraw(waiting, "{\"reason\": \"DUPLICATE\", \"note\": \"\"}").then().statusCode(200);
        assertEquals(0,
                Sql.number(db, "SELECT count(*) FROM evidence_requests WHERE closed_at IS NULL AND dispute_id = " + waiting),
                "no request stays open");
    }

    /**
     * The arbitrator who held a withdrawn case is told on the next page they open, once, with a link to the case;
     * nobody else is, and a case nobody held leaves no word.
     */
    @Test
    void theHolderIsToldOnTheirNextPageOnceAndNobodyElse() throws Exception {
        long held = IntakeRequests.newCase();
        assertTrue(claims.claim(held, "arbiter2"));
        withdraw(held, SETTLED).then().statusCode(200);
        String caseNo = Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + held);
        String notice = "//div[contains(@class, 'flash-notice')]/a[@href='/disputes/" + held + "']";
        try (Browser other = new Browser()) {
            assertTrue(other.signIn("super1", "demo").getByXPath(notice).isEmpty(), "not another's notice");
        }
        try (Browser holder = new Browser()) {
            org.htmlunit.html.HtmlPage first = holder.signIn("arbiter2", "demo");
            org.htmlunit.html.HtmlAnchor link = first.getFirstByXPath(notice);
            assertTrue(link != null, "told on the first page after the withdrawal");
            assertTrue(link.asNormalizedText().contains(caseNo) && link.asNormalizedText().contains("withdrew"),
                    link.asNormalizedText());
            assertTrue(holder.openHtml("/disputes").getByXPath(notice).isEmpty(), "and only once");
        }
        long unheld = IntakeRequests.newCase();
        withdraw(unheld, SETTLED).then().statusCode(200);
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM staff_notices WHERE dispute_id = " + unheld));
    }

    @Test
    void theWithdrawalByThePlatformsIdIsTheSame() {
        String externalId = "TB-WD-" + UUID.randomUUID();
        long id = IntakeRequests.post(IntakeRequests.dispute(externalId), IntakeRequests.photos()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(IntakeRequests.platformToken()).contentType("application/json").body(SETTLED)
                .post("/api/v1/disputes/by-external-id/" + externalId + "/withdrawal")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo((int) id));
        given().auth().oauth2(IntakeRequests.platformToken()).contentType("application/json").body(SETTLED)
                .post("/api/v1/disputes/by-external-id/TB-NO-SUCH-" + UUID.randomUUID() + "/withdrawal")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRuledCaseOrOneAwaitingApprovalIsRefusedAndKeepsItsState() throws Exception {
        long ruled = ruledCase(59900);
        long pending = ruledCase(800000);
        for (long id : List.of(ruled, pending)) {
            String before = state(id);
            Response refused = withdraw(id, SETTLED);
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals("application/problem+json", refused.contentType());
            assertTrue(refused.jsonPath().getString("detail").contains(before.split("\\|")[0]), refused.asString());
            assertEquals(before, state(id), "nothing changed");
            assertEquals(0, events(id));
        }
    }

    @Test
    void eachKindOfBadBodyIsA400NamingTheFieldAndChangesNothing() {
        long id = IntakeRequests.newCase();
        String before = state(id);
        Map<String, String> bad = Map.ofEntries(
                Map.entry("", "body"),
                Map.entry("[]", "body"),
                Map.entry("{", "body"),
                Map.entry("{}", "reason"),
                Map.entry("{\"reason\": \"MAYBE\"}", "reason"),
                Map.entry("{\"reason\": 1}", "reason"),
                Map.entry("{\"reason\": \"settled\"}", "reason"),
                Map.entry("{\"reason\": \"SETTLED\", \"note\": 5}", "note"),
                Map.entry("{\"reason\": \"SETTLED\", \"note\": \"" + "字".repeat(Withdrawals.NOTE_MAX + 1) + "\"}", "note"),
                Map.entry("{\"reason\": \"SETTLED\", \"note\": \"a\\u0000b\"}", "note"),
                Map.entry("{\"reason\": \"SETTLED\", \"withdrawnAt\": \"yesterday\"}", "withdrawnAt"),
                Map.entry("{\"reason\": \"SETTLED\", \"withdrawnAt\": \"2026-11-12T20:13:01\"}", "withdrawnAt"),
                Map.entry("{\"reason\": \"SETTLED\", \"withdrawnAt\": \"2999-01-01T00:00:00Z\"}", "withdrawnAt"),
                Map.entry("{\"reason\": \"SETTLED\", \"withdrawnAt\": 1700000000}", "withdrawnAt"),
                Map.entry("{\"reason\": \"SETTLED\", \"by\": \"someone\"}", "by"));
        bad.forEach((body, field) -> {
            Response refused = withdraw(id, body);
            assertEquals(400, refused.statusCode(), body + ": " + refused.asString());
            assertEquals("application/problem+json", refused.contentType(), body);
            assertEquals(field, refused.jsonPath().getString("errors[0].field"), body + ": " + refused.asString());
        });
        assertEquals(before, state(id));
        assertEquals(0, events(id));
        withdraw(999_999_999L, SETTLED).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(IntakeRequests.tokenWithoutIntakeRole()).contentType("application/json").body(SETTLED)
                .post("/api/v1/disputes/" + id + "/withdrawal").then().statusCode(403);
        assertEquals(before, state(id));
    }

    private long ruledCase(long fen) throws Exception {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.amount(dispute, fen));
        assertTrue(claims.claim(id, "arbiter1"));
        desk.rule(id, "arbiter1", new RulingDecision(RulingOutcome.FULL_REFUND, Money.yuan(fen), ResponsibleParty.SELLER,
                Optional.empty(), new PolicyClause.Key("QUAL-1", 1), "The item did not match its listing.",
                Sql.version(db, id)));
        return id;
    }

    private String state(long id) {
        return Sql.text(db, "SELECT status || '|' || version || '|' || coalesce(assignee, '-') FROM disputes WHERE id = " + id);
    }

    private long events(long id) {
        return Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'WITHDRAWN' AND target_id = '" + id + "'");
    }

    private static Response withdraw(long id, String body) {
        return given().auth().oauth2(IntakeRequests.platformToken()).contentType("application/json").body(body)
                .post("/api/v1/disputes/" + id + "/withdrawal");
    }
}
