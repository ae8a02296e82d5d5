package arbiter.ruling;

import arbiter.money.Money;

/**
 * The amount bands by which cases count as close for precedents (issue 17): amount paid in fen, from {@code low}
 * inclusive to {@code high} exclusive. The bands follow how arbitrators see amounts: small purchases, everyday ones,
 * considerable ones, and from ¥5,000 those that need a second pair of eyes (DESIGN "Four eyes").
 */
public enum AmountBand {
    /** Below ¥100. */
    SMALL(0, 10_000),
    /** ¥100 to below ¥500. */
    EVERYDAY(10_000, 50_000),
    /** ¥500 to below ¥2,000. */
    CONSIDERABLE(50_000, 200_000),
    /** ¥2,000 to below ¥5,000. */
    LARGE(200_000, 500_000),
    /** ¥5,000 and above. */
    FOUR_EYES(500_000, Long.MAX_VALUE);

    /** The lowest amount in the band, fen. */
    public final long low;
    /** The first amount above the band, fen. */
    public final long high;

    AmountBand(long low, long high) {
        this.low = low;
        this.high = high;
    }

    /** The band of an amount paid in fen (0 or more). */
    public static AmountBand of(long fen) {
        for (AmountBand band : values()) {
            if (fen < band.high) {
                return band;
            }
        }
        return FOUR_EYES;
    }

    /** The lowest amount as shown, e.g. {@code ¥500.00}. */
    public String lowDisplay() {
        return Money.yuan(low).display();
    }

    /** The first amount above the band as shown; meaningless for the highest band. */
    public String highDisplay() {
        return Money.yuan(high).display();
    }

    /** Whether the band has no upper end. */
    public boolean open() {
        return high == Long.MAX_VALUE;
    }
}
