package arbiter.dispute;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Disputes: statuses, reasons and parties by name, and how a case was claimed: namespace {@code dispute} in templates; English
 * in {@code messages/dispute_en.properties}, Chinese in
 * {@code messages/dispute_zh.properties}.
 */
@MessageBundle(value = "dispute", locale = "en")
public interface DisputeMessages {

    /** A dispute's status, as pages and mails name it; keys {@code status_$CONSTANT}, one per constant. */
    @Message
    String status(DisputeStatus status);

    /** The reason a buyer gave for a dispute, as pages and mails name it; keys {@code reason_$CONSTANT}, one per constant. */
    @Message
    String reason(DisputeReason reason);

    /**
     * A party to a dispute (buyer, seller, the platform), as pages and mails name it; keys {@code party_CONSTANT}, one per
     * constant.
     */
    @Message
    String party(Party party);

    /**
     * Why the platform withdrew a case, as pages and mails name it; keys {@code withdrawal_$CONSTANT}, one per
     * constant.
     */
    @Message
    String withdrawal(WithdrawalReason reason);

    /** How a case came to its holder when they took the next case of the queue (the timeline's "how"). */
    String via_take_next();

}
