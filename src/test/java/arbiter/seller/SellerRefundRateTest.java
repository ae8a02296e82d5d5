package arbiter.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.htmlunit.Page;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.DisputeTally;
import arbiter.dispute.PartyRecords;
import arbiter.dispute.ShopRecord;
import arbiter.intake.IntakeRequests;
import arbiter.money.Money;
import arbiter.ruling.FittingClause;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 17: a seller reads their own shop's dispute-refund rate on the points page, and never another shop's,
 * whatever address they try.
 */
@QuarkusTest
class SellerRefundRateTest {

    @Inject
    PartyRecords records;

    @Inject
    CaseClaims claims;

    @Inject
    RulingDesk desk;

    @Inject
    AgroalDataSource db;

    @Test
    void aSellerSeesTheirOwnShopsRefundRateAndNoOtherShopsByAnyAddress() throws Exception {
        ShopRecord before = records.ofShop("shop-1");
        ruled("shop-1", RulingOutcome.FULL_REFUND);
        long shop2Case = ruled("shop-2", RulingOutcome.REJECTED);
        ShopRecord own = records.ofShop("shop-1");
        // By hand: a full refund ruled on a case escalated an hour ago adds one dispute, one ruling and one refund
        // to each period of shop-1's that holds the last hour.
        DisputeTally added = new DisputeTally(0, 1, 0, 0, 0);
        assertEquals(plus(before.recent().tally(), added), own.recent().tally());
        assertEquals(plus(before.longer().tally(), added), own.longer().tally());
        ShopRecord other = records.ofShop("shop-2");
        while (figures(other).equals(figures(own))) { // other tests wrote both shops' history: make it differ
            IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, "shop-2"));
            other = records.ofShop("shop-2");
        }

        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            HtmlPage points = seller.openHtml("/seller/points");
            assertEquals(figures(own), shown(points), points.asNormalizedText());
            for (String path : List.of("/seller/points?shop=shop-2", "/seller/points?shopId=shop-2",
                    "/seller/points?shop_id=shop-2")) {
                assertEquals(figures(own), shown(seller.openHtml(path)), path + " shows the seller's own shop");
            }
            for (String path : List.of("/seller/points/shop-2", "/seller/shops/shop-2/points",
                    "/seller/shop-2/points", "/seller/disputes/" + shop2Case, "/disputes/" + shop2Case)) {
                Page page = seller.open(path);
                int status = page.getWebResponse().getStatusCode();
                assertTrue(status == 403 || status == 404, path + ": " + status);
                String body = page.getWebResponse().getContentAsString();
                for (String share : figures(other).subList(1, 3)) {
                    assertFalse(body.contains(share), path + " shows " + share);
                }
            }
        }
    }

    private static DisputeTally plus(DisputeTally a, DisputeTally b) {
        return new DisputeTally(a.open() + b.open(), a.fullRefunds() + b.fullRefunds(),
                a.partialRefunds() + b.partialRefunds(), a.rejected() + b.rejected(), a.withdrawn() + b.withdrawn());
    }

    /** The figures the points page shows of a shop, in English: its disputes, and its rate over both periods. */
    private static List<String> figures(ShopRecord record) {
        return List.of(Long.toString(record.longer().tally().disputes()), share(record.recent().tally()),
                share(record.longer().tally()));
    }

    private static String share(DisputeTally tally) {
        return tally.ruled() == 0 ? "— (none ruled yet)"
                : tally.refundPercent() + "% (" + tally.refunded() + " refunded of " + tally.ruled() + " ruled)";
    }

    /** The same figures as the page shows them. */
    private static List<String> shown(HtmlPage page) {
        HtmlElement figures = page.getFirstByXPath("//dl[contains(@class,'shop-figures')]");
        return List.of(figures.<HtmlElement> getFirstByXPath("./dd[1]").asNormalizedText(),
                figures.<HtmlElement> getFirstByXPath("./dd[contains(@class,'refund-rate-recent')]").asNormalizedText(),
                figures.<HtmlElement> getFirstByXPath("./dd[contains(@class,'refund-rate-longer')]").asNormalizedText());
    }

    /** A new case of the shop, claimed and ruled by arbiter1 through the ruling desk. */
    private long ruled(String shop, RulingOutcome outcome) {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        assertTrue(claims.claim(id, "arbiter1"));
        ResponsibleParty responsible = outcome == RulingOutcome.REJECTED ? ResponsibleParty.BUYER
                : ResponsibleParty.NEITHER;
        desk.rule(id, "arbiter1", new RulingDecision(outcome,
                outcome == RulingOutcome.REJECTED ? Money.yuan(0) : Money.yuan(29900), responsible, Optional.empty(),
                FittingClause.of(outcome, responsible, Optional.empty()),
                "A ruling of a case for the seller's refund rate.", Sql.version(db, id)));
        assertNotEquals(0, Sql.number(db, "SELECT count(*) FROM rulings WHERE dispute_id = " + id));
        return id;
    }
}
