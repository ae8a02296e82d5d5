package arbiter.ruling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.PageStatements;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.CaseNotes;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The case page needs at most eight statements, however long the chat, and whatever state the case is in. */
@QuarkusTest
class CasePageStatementsTest {

    @Inject
    PageStatements pageStatements;

    @Inject
    CaseClaims claims;

    @Inject
    CaseNotes notes;

    @Inject
    RulingDesk desk;

    @Inject
    EvidenceRequests evidenceRequests;

    @Inject
    AgroalDataSource db;

    @Test
    void theCasePagesStatementsDoNotGrowWithItsContent() throws Exception {
        long small = caseWithChat(2);
        long large = caseWithChat(40);
        for (long id : List.of(small, large)) {
            claims.claim(id, "super1");
            for (int i = 0; i < 5; i++) {
                notes.add(id, "super1", "Note " + i + " on the case.");
            }
        }
        long ruled = caseWithChat(5);
        claims.claim(ruled, "arbiter1");
        desk.rule(ruled, "arbiter1", new RulingDecision(RulingOutcome.FULL_REFUND, Money.yuan(59900),
                ResponsibleParty.NEITHER, Optional.empty(), new PolicyClause.Key("QUAL-1", 1),
                "The item did not match its listing photos.", version(ruled)));
        long awaiting = caseWithChat(5);
        claims.claim(awaiting, "super1");
        evidenceRequests.request(awaiting, Set.of(Party.BUYER, Party.SELLER), "The parcel's label, please.", "super1");

        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            long smallStatements = statements(browser, small);
            long largeStatements = statements(browser, large);
            long ruledStatements = statements(browser, ruled);
            long awaitingStatements = statements(browser, awaiting);

            assertEquals(smallStatements, largeStatements, "2 or 40 messages, 5 notes: the same statements");
            assertTrue(largeStatements <= 8, "held case in review: " + largeStatements);
            assertTrue(ruledStatements <= 8, "ruled case with its refund: " + ruledStatements);
            assertTrue(awaitingStatements <= 8, "case awaiting two answers: " + awaitingStatements);
        }
    }

    private long statements(Browser browser, long id) throws Exception {
        return pageStatements.of(browser, "/disputes/" + id);
    }

    private long caseWithChat(int messages) {
        Map<String, Object> dispute = IntakeRequests.dispute("TB-CS-" + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        List<Object> chat = (List<Object>) dispute.get("chat");
        String first = ((Map<?, ?>) chat.get(0)).get("at").toString();
        List<Object> longer = new ArrayList<>(chat);
        for (int i = chat.size(); i < messages; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("at", java.time.OffsetDateTime.parse(first).plusMinutes(30 + i).toString());
            line.put("from", i % 2 == 0 ? "BUYER" : "SELLER");
            line.put("text", "Message " + i);
            longer.add(line);
        }
        dispute.put("chat", longer);
        return IntakeRequests.post(dispute, IntakeRequests.photos()).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private long version(long id) {
        return Sql.version(db, id);
    }
}
