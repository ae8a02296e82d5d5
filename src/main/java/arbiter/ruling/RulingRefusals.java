package arbiter.ruling;

import arbiter.ruling.RulingDesk.RulingRefused;

/**
 * What the pages say when a ruling is refused: the flash message of each {@link RulingRefused.Reason}, for the
 * ruling form and the approvals page alike. The desk speaks in reasons; only pages speak in messages.
 */
public final class RulingRefusals {

    private RulingRefusals() {
    }

    /** The message key of the flash saying why. */
    public static String flashKey(RulingRefused.Reason reason) {
        return switch (reason) {
            case NOT_HOLDER -> "flash_ruling_not_holder";
            case STALE -> "flash_ruling_stale";
            case CLAUSE_INACTIVE -> "flash_ruling_clause";
            case CLAUSE_MISMATCH -> "flash_ruling_clause_mismatch";
            case RELIED_ON_OTHER_CASE -> "flash_ruling_relied_on";
            case TEMPLATE_UNKNOWN -> "flash_ruling_template";
            case PRECEDENT_UNKNOWN -> "flash_ruling_precedent";
            case DEPARTURE_REASON_REQUIRED -> "flash_ruling_departure";
            case NOT_WAITING -> "flash_ruling_not_waiting";
            case OWN_RULING -> "flash_ruling_own";
        };
    }
}
