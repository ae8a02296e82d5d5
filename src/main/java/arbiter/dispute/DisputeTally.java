package arbiter.dispute;

/**
 * A party's disputes of one period counted by where each stands ({@link DisputeResult}): the numbers of the parties'
 * record (issue 17). Counts are of disputes, never of money.
 *
 * @param open not decided yet (an arbitrator's ruling awaiting approval included)
 * @param fullRefunds ruled in effect with a full refund
 * @param partialRefunds ruled in effect with a partial refund
 * @param rejected ruled in effect against the buyer
 * @param withdrawn withdrawn by the platform after escalation (not as a duplicate)
 */
public record DisputeTally(long open, long fullRefunds, long partialRefunds, long rejected, long withdrawn) {

    /** No dispute. */
    public static final DisputeTally NONE = new DisputeTally(0, 0, 0, 0, 0);

    /** Every dispute counted, whatever became of it. */
    public long disputes() {
        return open + ruled() + withdrawn;
    }

    /** The disputes ruled in effect, whichever way. */
    public long ruled() {
        return refunded() + rejected;
    }

    /** The disputes ruled in effect for the buyer: a forced refund, full or partial. */
    public long refunded() {
        return fullRefunds + partialRefunds;
    }

    /**
     * The share of the ruled disputes that were refunded ({@link #refunded()} ÷ {@link #ruled()}), in whole percent
     * rounded half up; -1 when none was ruled, as there is no share of nothing.
     */
    public int refundPercent() {
        return ruled() == 0 ? -1 : (int) Math.round(100.0 * refunded() / ruled());
    }

    /** This tally with {@code count} more disputes that stand at {@code result}. */
    public DisputeTally plus(DisputeResult result, long count) {
        return switch (result) {
            case OPEN -> new DisputeTally(open + count, fullRefunds, partialRefunds, rejected, withdrawn);
            case FULL_REFUND -> new DisputeTally(open, fullRefunds + count, partialRefunds, rejected, withdrawn);
            case PARTIAL_REFUND -> new DisputeTally(open, fullRefunds, partialRefunds + count, rejected, withdrawn);
            case REJECTED -> new DisputeTally(open, fullRefunds, partialRefunds, rejected + count, withdrawn);
            case WITHDRAWN -> new DisputeTally(open, fullRefunds, partialRefunds, rejected, withdrawn + count);
        };
    }

    /** The disputes of this tally that are not in {@code part} (a shorter period's tally within this one's). */
    public DisputeTally minus(DisputeTally part) {
        return new DisputeTally(open - part.open, fullRefunds - part.fullRefunds, partialRefunds - part.partialRefunds,
                rejected - part.rejected, withdrawn - part.withdrawn);
    }
}
