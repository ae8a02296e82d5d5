package arbiter.dispute;

/** Why the buyer asks for a refund. */
public enum DisputeReason {
    NOT_AS_DESCRIBED,
    QUALITY,
    NOT_RECEIVED,
    DAMAGED,
    COUNTERFEIT,
    MISSING_PARTS,
    RETURN_REFUSED
}
