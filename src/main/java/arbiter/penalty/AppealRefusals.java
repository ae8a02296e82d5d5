package arbiter.penalty;

import arbiter.penalty.Appeals.AppealRefused;

/**
 * What the pages say when an appeal is refused: the flash message of each {@link AppealRefused.Reason}, for the
 * seller's notice page and the supervisor's appeal page alike. The services speak in reasons; only pages speak
 * in messages.
 */
public final class AppealRefusals {

    private AppealRefusals() {
    }

    /** The message key of the flash saying why. */
    public static String flashKey(AppealRefused.Reason reason) {
        return switch (reason) {
            case SECOND -> "flash_appeal_second";
            case LATE -> "flash_appeal_late";
            case STATEMENT_LENGTH -> "flash_appeal_statement";
            case DECIDED -> "flash_appeal_decided";
            case REASON_LENGTH -> "flash_appeal_reason";
            case OWN_RULING -> "flash_appeal_own_ruling";
        };
    }
}
