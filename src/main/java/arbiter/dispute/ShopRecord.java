package arbiter.dispute;

import java.util.List;

/**
 * The shop's record (issue 17, "The parties' record"), beside a case for staff and on the seller's points page for the
 * shop's own seller: its points this year, its disputes of the last {@code longer.days} days (90 by default,
 * {@link RecordRules.Shop}) with the reasons that recur, and its dispute-refund rate over the last {@code recent.days}
 * (30) and {@code longer.days} days with its trend.
 *
 * <p>
 * The definitions, as the pages state them:
 * <ul>
 * <li>The dispute-refund rate (纠纷退款率) is the disputes ruled for the buyer ÷ the disputes ruled
 * ({@link DisputeTally#refundPercent()}); ruled means a ruling in effect, for the buyer means a full or partial forced
 * refund ({@link DisputeResult}).</li>
 * <li>A dispute belongs to the period in which it was <em>escalated</em>; it enters the rate once it is ruled.</li>
 * <li>A case withdrawn as a duplicate of another is not counted.</li>
 * <li>The trend compares the recent period's rate with that of the period of the same length just before it
 * ({@code before}; the 30 days before the last 30): {@link Trend}.</li>
 * <li>A reason recurs when at least {@link RecordRules.Shop#recurringAtLeast()} disputes of the longer period give
 * it.</li>
 * </ul>
 *
 * @param shopId the shop's id
 * @param points the shop's points this calendar year (Asia/Shanghai), reversals deducted
 * @param recent the shop's disputes of the recent period
 * @param before the shop's disputes of the period of the same length just before the recent one
 * @param longer the shop's disputes of the longer period
 * @param recurringReasons the reasons that recur in the longer period, the most frequent first
 * @param trend how the refund rate moved from {@code before} to {@code recent}
 */
public record ShopRecord(String shopId, int points, PartyRecords.Window recent, PartyRecords.Window before,
        PartyRecords.Window longer, List<PartyRecords.ReasonCount> recurringReasons, Trend trend) {

    /** How the shop's dispute-refund rate moved from the period before to the recent one. */
    public enum Trend {
        /** Up by at least {@link RecordRules.Shop#trendPoints()} percentage points. */
        RISING,
        /** Moved by less than that. */
        STEADY,
        /** Down by at least that. */
        FALLING,
        /** One of the two periods has fewer rulings than {@link RecordRules.Shop#trendMinRuled()}: no trend. */
        TOO_FEW;

        /**
         * The trend from {@code before} to {@code recent}: rates compared exactly (not their rounded percents), by
         * {@code points} percentage points, each period needing {@code minRuled} rulings.
         */
        public static Trend of(DisputeTally before, DisputeTally recent, int points, int minRuled) {
            if (before.ruled() < minRuled || recent.ruled() < minRuled) {
                return TOO_FEW;
            }
            // Percentage points, compared in whole numbers: 100 × (r/R − b/B) against points, times R × B.
            long change = 100 * (recent.refunded() * before.ruled() - before.refunded() * recent.ruled());
            long margin = (long) points * recent.ruled() * before.ruled();
            return change >= margin ? RISING : change <= -margin ? FALLING : STEADY;
        }
    }
}
