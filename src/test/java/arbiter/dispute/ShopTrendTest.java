package arbiter.dispute;

import static arbiter.dispute.ShopRecord.Trend.FALLING;
import static arbiter.dispute.ShopRecord.Trend.RISING;
import static arbiter.dispute.ShopRecord.Trend.STEADY;
import static arbiter.dispute.ShopRecord.Trend.TOO_FEW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a shop's dispute-refund rate moved between two periods (issue 17): by 10 points, from 5 rulings in each. */
class ShopTrendTest {

    /** {@code refunded} refunds among {@code ruled} rulings (the rest rejected), and one dispute still open. */
    private static DisputeTally ruled(int refunded, int ruled) {
        return new DisputeTally(1, refunded, 0, ruled - refunded, 0);
    }

    private static ShopRecord.Trend trend(DisputeTally before, DisputeTally recent) {
        return ShopRecord.Trend.of(before, recent, 10, 5);
    }

    @Test
    void upOrDownByTheMarginIsATrendLessIsSteady() {
        // 2/10 = 20 % then 3/10 = 30 %: up by exactly 10 points.
        assertEquals(RISING, trend(ruled(2, 10), ruled(3, 10)));
        assertEquals(FALLING, trend(ruled(3, 10), ruled(2, 10)));
        // 1/5 = 20 % then 3/10 = 30 %, 2/7 = 28.6 %: up by 10 and by 8.6 points.
        assertEquals(RISING, trend(ruled(1, 5), ruled(3, 10)));
        assertEquals(STEADY, trend(ruled(1, 5), ruled(2, 7)));
        assertEquals(STEADY, trend(ruled(4, 8), ruled(5, 10)));
    }

    @Test
    void fewerRulingsThanTheMinimumInEitherPeriodGiveNoTrend() {
        assertEquals(TOO_FEW, trend(ruled(0, 4), ruled(5, 5)));
        assertEquals(TOO_FEW, trend(ruled(0, 5), ruled(4, 4)));
        assertEquals(RISING, trend(ruled(0, 5), ruled(5, 5)));
        // Open and withdrawn disputes are not rulings.
        assertEquals(TOO_FEW, trend(new DisputeTally(9, 0, 0, 4, 9), ruled(5, 5)));
    }

    @Test
    void theShareRefundedIsOfTheDisputesRuled() {
        DisputeTally tally = new DisputeTally(2, 3, 1, 2, 4);
        assertEquals(12, tally.disputes());
        assertEquals(6, tally.ruled());
        assertEquals(4, tally.refunded());
        assertEquals(67, tally.refundPercent(), "4/6 = 66.7 %");
        assertEquals(-1, new DisputeTally(3, 0, 0, 0, 2).refundPercent(), "none ruled");
        assertEquals(new DisputeTally(1, 1, 0, 1, 1), tally.minus(new DisputeTally(1, 2, 1, 1, 3)));
    }
}
