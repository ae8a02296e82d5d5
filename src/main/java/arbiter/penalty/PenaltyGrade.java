package arbiter.penalty;

/** The grades of seller penalty; their points come from the configured ladder, not from here. */
public enum PenaltyGrade {
    WARNING,
    MINOR,
    GENERAL,
    SERIOUS,
    CRITICAL
}
