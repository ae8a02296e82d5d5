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

    /** A paused SLA clock (the case waits on a party) with the time it had left: "paused · 41h 0m left". */
    String clock_paused(String left);

    /** A paused SLA clock that was already overdue when the wait began: "paused · 2h 0m overdue". */
    String clock_paused_overdue(String over);

    /** The clock of a case ruled at or before its due time: {@code took} from escalation to the ruling. */
    String clock_ruled_within(String took);

    /** The clock of a case ruled after its due time. */
    String clock_ruled_late(String took);

    /** The clock of a case whose ruling awaits approval: since when (a time), then how it was ruled. */
    String clock_pending(String since, String ruled);

    /** The clock of a withdrawn case: {@code after} from escalation to the withdrawal. */
    String clock_withdrawn(String after);

    /** The SLA due time (a time in the platform's zone). */
    String clock_due(String time);

    /** Beside a due time the business calendar moved: the day off ({@code date}, yyyy-MM-dd) it fell on. */
    String clock_moved(String date);

    /**
     * The flag of a case whose party let its evidence period pass without answering; keys {@code no_answer_CONSTANT},
     * one per constant.
     */
    @Message
    String no_answer(Party party);

    /** The queue's mark of a case holding a photo that is also in another case (issue 17). */
    String reused_photo();

    /**
     * Where a dispute stands in a party's record (issue 17); keys {@code result_$CONSTANT}, one per constant.
     */
    @Message
    String result(DisputeResult result);

    /** How a shop's dispute-refund rate moved; keys {@code trend_$CONSTANT}, one per constant. */
    @Message
    String trend(ShopRecord.Trend trend);

    /** A period of a party's record as a column or row names it: "last 90 days". */
    String record_last_days(int days);

    /** The shop's disputes escalated in the last {@code days} days. */
    String record_disputes(int days);

    /** The shop's dispute-refund rate over the last {@code days} days. */
    String record_refund_rate(int days);

    /** A share refunded: {@code percent} % of the {@code ruled} disputes ruled, {@code refunded} of them refunded. */
    String record_share(int percent, long refunded, long ruled);

    /** The same, short, where the row's heading says what the numbers are: "75% (3/4)". */
    String record_share_short(int percent, long refunded, long ruled);

    /** In place of a share when no dispute of the period was ruled. */
    String record_no_rulings();

    /** The label of the shop's trend. */
    String record_trend();

    /** Before the rate of the period just before the recent one, beside the trend: "the 30 days before". */
    String record_before(int days);

    /** The reasons that recur among the shop's disputes of the last {@code days} days. */
    String record_recurring(int days);

    /** When no reason recurs. */
    String record_recurring_none();

    /** How the shop's figures are counted (ShopRecord's definitions, in a sentence). */
    String record_shop_definitions();
}
