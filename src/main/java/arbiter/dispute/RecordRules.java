package arbiter.dispute;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The numbers of the parties' record (issue 17; DESIGN "Pages": the case page shows "the buyer's and the shop's
 * record"): the periods counted, in whole days back from now, and the thresholds of the buyer's repeat-refund flag and
 * of the shop's trend. A value out of its bounds stops the portal at start, naming the key.
 */
@ConfigMapping(prefix = "arbiter.record")
public interface RecordRules {

    /** The buyer's record beside a case. */
    Buyer buyer();

    /** The shop's record beside a case and on its seller's points page. */
    Shop shop();

    /** The buyer's record: their other disputes over two periods, the cases linked, the repeat-refund flag. */
    interface Buyer {

        /** The shorter period of the buyer's disputes shown (days). */
        @WithDefault("90")
        @Min(1)
        @Max(3660)
        int recentDays();

        /** The longer period of the buyer's disputes shown (days). */
        @WithDefault("365")
        @Min(1)
        @Max(3660)
        int longerDays();

        /** The buyer's latest cases linked from their record (the queue, filtered by the buyer, lists them all). */
        @WithDefault("10")
        @Min(0)
        @Max(50)
        int casesListed();

        /** When a buyer is flagged for repeat refunds. */
        RepeatRefunds repeatRefunds();
    }

    /**
     * A buyer is flagged when at least {@link #refunds()} of their other disputes escalated in the last
     * {@link #days()} days were ruled in effect for them (a full or partial forced refund).
     */
    interface RepeatRefunds {

        /** The refunds that raise the flag: at this many or more, the buyer is flagged. */
        @WithDefault("3")
        @Min(1)
        int refunds();

        /** Over how many days back from now (by escalation). */
        @WithDefault("30")
        @Min(1)
        @Max(3660)
        int days();
    }

    /** The shop's record: its dispute-refund rate over two periods, its trend, the reasons that recur. */
    interface Shop {

        /**
         * The shorter period of the shop's dispute-refund rate (days); its trend compares it with the period of the
         * same length just before it.
         */
        @WithDefault("30")
        @Min(1)
        @Max(1830)
        int recentDays();

        /** The longer period of the shop's figures: its disputes, refund rate and recurring reasons (days). */
        @WithDefault("90")
        @Min(1)
        @Max(3660)
        int longerDays();

        /**
         * A reason recurs when at least this many of the shop's disputes of the longer period give it.
         */
        @WithDefault("3")
        @Min(1)
        int recurringAtLeast();

        /**
         * The trend says rising or falling only when the two periods' refund rates differ by at least this many
         * percentage points; steady otherwise.
         */
        @WithDefault("10")
        @Min(1)
        @Max(100)
        int trendPoints();

        /** Each of the two periods needs at least this many rulings for a trend; with fewer it says so. */
        @WithDefault("5")
        @Min(1)
        int trendMinRuled();
    }
}
