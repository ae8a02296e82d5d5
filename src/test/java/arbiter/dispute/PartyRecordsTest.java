package arbiter.dispute;

import static arbiter.dispute.DisputeReason.DAMAGED;
import static arbiter.dispute.DisputeReason.NOT_AS_DESCRIBED;
import static arbiter.dispute.DisputeReason.NOT_RECEIVED;
import static arbiter.dispute.DisputeReason.QUALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.dispute.BuyerRecord.CaseLink;
import arbiter.dispute.BuyerRecord.RepeatRefunds;
import arbiter.dispute.PartyRecords.ReasonCount;
import arbiter.dispute.PartyRecords.Window;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 17, "The parties' record": the buyer's and the shop's record of a hand-made history, against numbers worked
 * out by hand from it (the comments derive each). The history is set at a "now" in 2031 that no other test uses, with
 * shops and buyers of its own, under the default rules: the buyer over 90 and 365 days, flagged at 3 refunds in 30
 * days; the shop over 30 and 90 days, its trend against the 30 days before, from 5 rulings in each period by 10
 * points, reasons recurring from 3 disputes.
 */
@QuarkusTest
class PartyRecordsTest {

    private static final Instant NOW = Instant.parse("2031-07-01T04:00:00Z");

    @Inject
    PartyRecords records;

    @Inject
    AgroalDataSource db;

    @Test
    void theBuyersRecordCountsTheirOtherDisputesOfEveryShopByWhatBecameOfThem() throws Exception {
        try (RecordFixture f = new RecordFixture(db, NOW)) {
            String shop = f.shop(f.unique("shop-rec"));
            String other = f.shop(f.unique("shop-rec-other"));
            String buyer = f.unique("b-rec");
            long thisCase = f.open(shop, buyer, QUALITY, 1, DisputeStatus.ESCALATED); // never counted
            long d1 = f.ruled(shop, buyer, QUALITY, 2, "FULL_REFUND");
            long d8 = f.open(other, buyer, NOT_RECEIVED, 5, DisputeStatus.PENDING_APPROVAL);
            f.ruling(d8, "FULL_REFUND", "PENDING_APPROVAL", 4); // awaiting approval: still open
            long d2 = f.ruled(other, buyer, QUALITY, 10, "PARTIAL_REFUND");
            long d9 = f.open(other, buyer, NOT_RECEIVED, 20, DisputeStatus.IN_REVIEW);
            f.ruling(d9, "FULL_REFUND", "SENT_BACK", 19); // sent back: still open
            long d3 = f.ruled(other, buyer, DAMAGED, 29, "FULL_REFUND");
            long d4 = f.ruled(other, buyer, DAMAGED, 31, "FULL_REFUND");
            long d5 = f.ruled(shop, buyer, NOT_AS_DESCRIBED, 45, "REJECTED");
            long d6 = f.withdrawn(other, buyer, QUALITY, 60, WithdrawalReason.SETTLED);
            f.withdrawn(other, buyer, QUALITY, 61, WithdrawalReason.DUPLICATE); // a duplicate: never counted
            long d10 = f.ruled(other, buyer, QUALITY, 200, "FULL_REFUND");
            f.ruled(other, buyer, QUALITY, 400, "FULL_REFUND"); // before the 365 days
            f.ruled(shop, f.unique("b-rec-someone-else"), QUALITY, 3, "FULL_REFUND"); // another buyer's

            BuyerRecord record = records.ofCase(thisCase, buyer, shop, NOW).buyer();

            // 90 days: d1, d2, d3, d4, d5, d6, d8, d9 = 8 disputes. Full refunds d1, d3, d4 = 3; partial d2 = 1;
            // rejected d5 = 1; withdrawn d6 = 1; open d8 (awaiting approval), d9 (sent back) = 2.
            assertEquals(new Window(90, new DisputeTally(2, 3, 1, 1, 1)), record.recent());
            assertEquals(8, record.recent().tally().disputes());
            // Ruled 3 + 1 + 1 = 5, refunded 4: 4/5 = 80 %.
            assertEquals(80, record.recent().tally().refundPercent());
            // 365 days: those 8 and d10 (full refund, 200 days ago) = 9; ruled 6, refunded 5: 5/6 = 83.3 → 83 %.
            assertEquals(new Window(365, new DisputeTally(2, 4, 1, 1, 1)), record.longer());
            assertEquals(83, record.longer().tally().refundPercent());
            // Reasons of the 365 days: QUALITY d1, d2, d6, d10 = 4; NOT_RECEIVED d8, d9 = 2; DAMAGED d3, d4 = 2
            // (a tie keeps the reasons' own order); NOT_AS_DESCRIBED d5 = 1.
            assertEquals(List.of(new ReasonCount(QUALITY, 4), new ReasonCount(NOT_RECEIVED, 2),
                    new ReasonCount(DAMAGED, 2), new ReasonCount(NOT_AS_DESCRIBED, 1)), record.reasons());
            // 30 days: d1, d2, d3 refunded (d8 awaits approval, d9 was sent back, d4 is 31 days old) = 3, the
            // threshold: flagged, with those numbers.
            assertEquals(Optional.of(new RepeatRefunds(3, 30, 3)), record.repeatRefunds());
            // Linked, newest first: every one of the 365 days (9, fewer than the 10 listed).
            assertEquals(List.of(d1, d8, d2, d9, d3, d4, d5, d6, d10),
                    record.latest().stream().map(CaseLink::id).toList());
            assertEquals(List.of(DisputeResult.FULL_REFUND, DisputeResult.OPEN, DisputeResult.PARTIAL_REFUND,
                    DisputeResult.OPEN, DisputeResult.FULL_REFUND, DisputeResult.FULL_REFUND, DisputeResult.REJECTED,
                    DisputeResult.WITHDRAWN, DisputeResult.FULL_REFUND),
                    record.latest().stream().map(CaseLink::result).toList());
            assertEquals(f.at(2), record.latest().get(0).escalatedAt());
            assertEquals("AR-REC-" + d1, record.latest().get(0).caseNo());
        }
    }

    @Test
    void aBuyerIsFlaggedAtTheThresholdOfRefundsAndNotOneBelow() throws Exception {
        try (RecordFixture f = new RecordFixture(db, NOW)) {
            String shop = f.shop(f.unique("shop-flag"));
            String atThreshold = f.unique("b-flag-at");
            String below = f.unique("b-flag-below");
            long caseOfAt = f.open(shop, atThreshold, QUALITY, 0, DisputeStatus.ESCALATED);
            long caseOfBelow = f.open(shop, below, QUALITY, 0, DisputeStatus.ESCALATED);
            for (String buyer : List.of(atThreshold, below)) {
                // Both: a full and a partial refund in the last 30 days, one just before them, and a rejection.
                f.ruled(shop, buyer, QUALITY, 3, "FULL_REFUND");
                f.ruled(shop, buyer, DAMAGED, 15, "PARTIAL_REFUND");
                f.ruled(shop, buyer, DAMAGED, 31, "FULL_REFUND");
                f.ruled(shop, buyer, QUALITY, 7, "REJECTED");
            }
            f.ruled(shop, atThreshold, QUALITY, 29, "FULL_REFUND"); // the third refund of the 30 days

            // 3 refunds in 30 days, the threshold: flagged.
            assertEquals(Optional.of(new RepeatRefunds(3, 30, 3)),
                    records.ofCase(caseOfAt, atThreshold, shop, NOW).buyer().repeatRefunds());
            // 2 refunds in 30 days (the one 31 days ago is outside): not flagged.
            BuyerRecord notFlagged = records.ofCase(caseOfBelow, below, shop, NOW).buyer();
            assertEquals(Optional.empty(), notFlagged.repeatRefunds());
            assertEquals(3, notFlagged.recent().tally().refunded(), "the refund 31 days ago still counts in 90 days");
        }
    }

    @Test
    void theShopsRecordGivesItsRefundRateOverTwoPeriodsItsTrendAndItsRecurringReasons() throws Exception {
        try (RecordFixture f = new RecordFixture(db, NOW)) {
            String shop = f.shop(f.unique("shop-rate"));
            String buyer = f.unique("b-rate");
            int n = 0;
            // The last 30 days.
            long thisCase = f.open(shop, buyer, QUALITY, 1, DisputeStatus.ESCALATED);
            f.ruled(shop, buyer + n++, QUALITY, 2, "FULL_REFUND");
            f.ruled(shop, buyer + n++, QUALITY, 3, "REJECTED");
            f.ruled(shop, buyer + n++, NOT_AS_DESCRIBED, 8, "FULL_REFUND");
            f.ruled(shop, buyer + n++, QUALITY, 12, "FULL_REFUND");
            f.withdrawn(shop, buyer + n++, QUALITY, 20, WithdrawalReason.DUPLICATE); // never counted
            f.ruled(shop, buyer + n++, DAMAGED, 25, "REJECTED");
            // The 30 days before them (31 to 60 days ago).
            f.ruled(shop, buyer + n++, QUALITY, 33, "REJECTED");
            f.ruled(shop, buyer + n++, QUALITY, 40, "REJECTED");
            f.ruled(shop, buyer + n++, NOT_AS_DESCRIBED, 45, "REJECTED");
            f.ruled(shop, buyer + n++, NOT_AS_DESCRIBED, 50, "PARTIAL_REFUND");
            f.withdrawn(shop, buyer + n++, QUALITY, 55, WithdrawalReason.BUYER_CANCELLED);
            f.ruled(shop, buyer + n++, DAMAGED, 58, "REJECTED");
            // Earlier in the 90 days, and before them.
            f.ruled(shop, buyer + n++, QUALITY, 70, "FULL_REFUND");
            f.ruled(shop, buyer + n++, QUALITY, 95, "FULL_REFUND");

            ShopRecord record = records.ofShop(shop, NOW);
            assertEquals(record, records.ofCase(thisCase, buyer, shop, NOW).shop(), "the same beside a case");

            // 30 days: the open case, 2 (full), 3 (rejected), 8 (full), 12 (full), 25 (rejected) = 6 disputes;
            // ruled 5, refunded 3: 3/5 = 60 %.
            assertEquals(new Window(30, new DisputeTally(1, 3, 0, 2, 0)), record.recent());
            assertEquals(60, record.recent().tally().refundPercent());
            // 31–60 days: 33, 40, 45, 58 rejected, 50 partial, 55 withdrawn = 6 disputes; ruled 5, refunded 1: 20 %.
            assertEquals(new Window(30, new DisputeTally(0, 0, 1, 4, 1)), record.before());
            assertEquals(20, record.before().tally().refundPercent());
            // 90 days: those 12 and 70 (full) = 13 disputes; ruled 11, refunded 5: 5/11 = 45.5 → 45 %.
            assertEquals(new Window(90, new DisputeTally(1, 4, 1, 6, 1)), record.longer());
            assertEquals(13, record.longer().tally().disputes());
            assertEquals(45, record.longer().tally().refundPercent());
            // 60 % against 20 %, 5 rulings in each period: up by 40 points, at least 10: rising.
            assertEquals(ShopRecord.Trend.RISING, record.trend());
            // Reasons of the 90 days: QUALITY 1, 2, 3, 12, 33, 40, 55, 70 = 8; NOT_AS_DESCRIBED 8, 45, 50 = 3;
            // DAMAGED 25, 58 = 2, fewer than 3: not recurring.
            assertEquals(List.of(new ReasonCount(QUALITY, 8), new ReasonCount(NOT_AS_DESCRIBED, 3)),
                    record.recurringReasons());
            // No penalty in 2031.
            assertEquals(0, record.points());
        }
    }

    @Test
    void aBuyerOrShopWithoutDisputesHasAnEmptyRecord() throws Exception {
        try (RecordFixture f = new RecordFixture(db, NOW)) {
            String shop = f.shop(f.unique("shop-empty"));
            String buyer = f.unique("b-empty");
            long only = f.open(shop, buyer, QUALITY, 1, DisputeStatus.ESCALATED);
            PartyRecords.Parties parties = records.ofCase(only, buyer, shop, NOW);
            assertEquals(new Window(365, DisputeTally.NONE), parties.buyer().longer());
            assertTrue(parties.buyer().latest().isEmpty() && parties.buyer().reasons().isEmpty());
            assertEquals(Optional.empty(), parties.buyer().repeatRefunds());
            assertEquals(-1, parties.shop().recent().tally().refundPercent(), "nothing ruled: no rate");
            assertEquals(ShopRecord.Trend.TOO_FEW, parties.shop().trend());
            assertEquals(1, parties.shop().longer().tally().disputes(), "the case itself is the shop's");
        }
    }
}
