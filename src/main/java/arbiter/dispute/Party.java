package arbiter.dispute;

/** Who said or sent something in a case. */
public enum Party {
    BUYER,
    SELLER,
    PLATFORM
}
