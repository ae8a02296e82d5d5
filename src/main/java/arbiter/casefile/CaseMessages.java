package arbiter.casefile;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The case page: header, facts, chat and evidence viewer, requests, notes, the parties' record and the timeline: namespace
 * {@code case} in templates; English in {@code messages/case_en.properties}, Chinese in
 * {@code messages/case_zh.properties}.
 */
@MessageBundle(value = "case", locale = "en")
public interface CaseMessages {

    String case_escalated_by();

    String case_requested();

    String case_claim();

    String case_release();

    String case_held_by();

    String case_order();

    String case_item();

    String case_order_no();

    String case_buyer();

    String case_paid();

    String case_shipped();

    String case_delivered();

    String case_statement();

    String case_chat();

    String case_photos();

    String case_in_chat();

    String case_held_since();

    String case_read_only();

    String case_unlock();

    String case_reassign_to();

    String case_reassign();

    String case_photo_alt();

    String history_title();

    String history_points();

    /** The buyer's record (issue 17): its heading. */
    String buyer_title();

    /**
     * The repeat-refund flag with the numbers that raised it: {@code refunds} refunds in the last {@code days} days,
     * flagged from {@code threshold}.
     */
    String buyer_repeat_refunds(long refunds, int days, int threshold);

    String buyer_disputes();

    String buyer_refunded();

    String buyer_share_refunded();

    String buyer_rejected();

    String buyer_withdrawn();

    String buyer_open();

    /** The reasons the buyer's disputes of the last {@code days} days gave. */
    String buyer_reasons(int days);

    String buyer_latest();

    String buyer_all_cases();

    /** When the buyer has no other dispute in the last {@code days} days. */
    String buyer_none(int days);

    /** How the buyer's figures are counted (BuyerRecord's definitions, in a sentence). */
    String buyer_definitions();

    String evidence_title();

    String evidence_due();

    String evidence_none_open();

    String evidence_from();

    String evidence_what();

    String evidence_request();

    String notes_title();

    String notes_none();

    String notes_add();

    String notes_save();

    String viewer_title();

    String viewer_zoom_in();

    String viewer_zoom_out();

    String viewer_actual();

    String viewer_open();

    String viewer_close();

    String case_rule();

    String case_ruling();

    String case_refund_state();

    String case_photo_alt_party(String party);

    String timeline_title();

    /** The line a withdrawn case shows above its facts: when the platform withdrew it; its reason follows. */
    String case_withdrawn(String time);

    /** Beside a photo that is also in another case: the same bytes. */
    String case_reuse_same(String caseNo);

    /** Beside a photo nearly identical to one in another case; {@code distance} of the 64 hash bits differ. */
    String case_reuse_near(String caseNo, int distance);

    /** Who sent it there, the shop, and how that case stands ({@code result}: the outcome or the status). */
    String case_reuse_who(String party, String shop, String result);

    /** More cases hold it than are listed beside it. */
    String case_reuse_more(int count);

    /** As {@link #case_reuse_more}, when only the newest cases holding a photo were counted. */
    String case_reuse_more_than(int count);

    String case_reuse_this();

    String case_reuse_that(String caseNo);

    String case_reuse_badge();

    /** In the buyer's record: {@code cases} of their other cases of the last {@code days} days hold a reused photo. */
    String buyer_reused_photos(long cases, int days);
}
