package arbiter.ruling;

/** Whether a ruling is in force, waits for a supervisor, or was sent back for rework. */
public enum RulingState {
    PENDING_APPROVAL,
    EFFECTIVE,
    SENT_BACK
}
