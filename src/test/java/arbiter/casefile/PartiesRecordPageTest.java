package arbiter.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The case page shows the parties' record (issue 17): a buyer refunded three times this month, through the real
 * intake and ruling services, is flagged beside their new case with the numbers, their cases linked; the shop's
 * dispute-refund rate beside it. Signed in on the real Keycloak, in English.
 */
@QuarkusTest
class PartiesRecordPageTest {

    @Inject
    CaseClaims claims;

    @Inject
    RulingDesk desk;

    @Inject
    AgroalDataSource db;

    @Test
    void theCasePageShowsTheBuyersRecordWithItsFlagAndTheShopsRefundRate() throws Exception {
        String shop = IntakeRequests.newShopId();
        String buyer = "b-page-" + UUID.randomUUID().toString().substring(0, 8);
        // Three cases of the buyer at the shop, each refunded in full, and another buyer's case there, rejected.
        List<Long> refunded = List.of(ruled(shop, buyer, RulingOutcome.FULL_REFUND),
                ruled(shop, buyer, RulingOutcome.FULL_REFUND), ruled(shop, buyer, RulingOutcome.FULL_REFUND));
        ruled(shop, buyer + "-other", RulingOutcome.REJECTED);
        long thisCase = newCase(shop, buyer);

        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage page = browser.openHtml("/disputes/" + thisCase);
            HtmlElement buyerPanel = page.getFirstByXPath("//section[contains(@class,'buyer-record')]");
            assertNotNull(buyerPanel, page.asNormalizedText());
            String text = oneLine(buyerPanel);
            // The three other cases, all refunded this month: 3 refunds in 30 days, the default threshold.
            assertTrue(text.contains("Repeat refunds: 3 refunds in the last 30 days (flagged from 3)"), text);
            assertEquals(List.of("Disputes 3 3", "Refunded (full / partial) 3 (3/0) 3 (3/0)",
                    "Share refunded (refunded/ruled) 100% (3/3) 100% (3/3)", "Rejected 0 0",
                    "Withdrawn after escalation 0 0", "Still open 0 0"), rows(buyerPanel));
            assertTrue(text.contains("Reasons, last 365 days: Not as described 3"), text);
            assertEquals(List.of(refunded.get(2), refunded.get(1), refunded.get(0)).stream().map(id -> "/disputes/" + id)
                    .toList(),
                    buyerPanel.<HtmlAnchor> getByXPath(".//ul[@class='record-cases']//a").stream()
                            .map(HtmlAnchor::getHrefAttribute).toList(),
                    "the other cases, newest first; not this one");
            HtmlAnchor all = buyerPanel.getFirstByXPath(".//a[starts-with(@href, '/disputes?buyer=')]");
            HtmlPage queue = all.click();
            assertEquals(4, queue.getByXPath("//table[contains(@class,'queue')]//td[1]/a").size(),
                    "the queue lists all four of the buyer's cases");

            HtmlElement shopPanel = page.getFirstByXPath("//section[contains(@class,'shop-record')]");
            String shopText = oneLine(shopPanel);
            // The shop: four ruled (three refunded) and this case open, all escalated in the last 30 days.
            assertTrue(shopText.contains("Disputes, last 90 days 5"), shopText);
            assertTrue(shopText.contains("Dispute-refund rate, last 30 days 75% (3 refunded of 4 ruled)"), shopText);
            assertTrue(shopText.contains("Dispute-refund rate, last 90 days 75% (3 refunded of 4 ruled)"), shopText);
            assertTrue(shopText.contains("Trend too few rulings to tell · the 30 days before: — (none ruled yet)"),
                    shopText);
            assertTrue(shopText.contains("Recurring reasons, last 90 days Not as described 5"), shopText);
        }
    }

    /** The element's text as one line, its blocks and cells joined by single spaces. */
    private static String oneLine(HtmlElement element) {
        return element.asNormalizedText().replaceAll("\\s+", " ");
    }

    /** Each row of the panel's table: its heading and both periods' cells. */
    private static List<String> rows(HtmlElement panel) {
        return panel.<HtmlElement> getByXPath(".//table//tbody/tr").stream().map(PartiesRecordPageTest::oneLine).toList();
    }

    private long newCase(String shop, String buyer) {
        return IntakeRequests.newCase(dispute -> {
            IntakeRequests.shop(dispute, shop);
            @SuppressWarnings("unchecked")
            Map<String, Object> party = (Map<String, Object>) dispute.get("buyer");
            party.put("id", buyer);
        });
    }

    /** A new case of the buyer at the shop, claimed and ruled by arbiter1 through the ruling desk. */
    private long ruled(String shop, String buyer, RulingOutcome outcome) {
        long id = newCase(shop, buyer);
        assertTrue(claims.claim(id, "arbiter1"));
        Money refund = outcome == RulingOutcome.REJECTED ? Money.yuan(0) : Money.yuan(59900);
        ResponsibleParty responsible = outcome == RulingOutcome.REJECTED ? ResponsibleParty.BUYER
                : ResponsibleParty.NEITHER;
        desk.rule(id, "arbiter1", new RulingDecision(outcome, refund, responsible, Optional.empty(),
                arbiter.ruling.FittingClause.of(outcome, responsible, Optional.empty()),
                "The ruling of a case for the parties' record.", Sql.version(db, id)));
        return id;
    }
}
