package arbiter.dispute;

/** Why the platform withdrew a case (DESIGN "API": the withdrawal's {@code reason}). */
public enum WithdrawalReason {
    /** The seller and the buyer settled (a refund or an exchange), and the buyer withdrew the complaint. */
    SETTLED,
    /** The buyer cancelled the complaint without a settlement. */
    BUYER_CANCELLED,
    /** The complaint duplicates another case. */
    DUPLICATE,
    OTHER
}
