package arbiter.seller;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The seller portal's text, namespace {@code sel} in templates; English in {@code messages/sel_en.properties},
 * Chinese in {@code sel_zh.properties}. A bundle of its own in the seller feature's package, as each feature's
 * text is ({@code arbiter.supervision.SupervisionMessages} says why).
 */
@MessageBundle(value = "sel", locale = "en")
public interface SellerMessages {

    String sel_nav_disputes();

    String sel_nav_notices();

    String sel_nav_points();

    String sel_nav_guidance();

    String notices_title();

    String notices_none();

    String notices_unread();

    String notice_kind_PENALTY();

    String notice_kind_OVERTURN();

    String notice_title(String caseNo);

    String notice_what();

    String notice_outcome();

    String notice_clause();

    String notice_why();

    String notice_penalty();

    String notice_points(int before, int after);

    String notice_measure();

    String notice_measure_until(String until);

    String notice_measure_lifted();

    String notice_appeal_until(String deadline);

    String notice_appeal_closed();

    String notice_overturned();

    String appeal_form_title();

    String appeal_form_statement();

    String appeal_form_hint();

    String appeal_form_submit();

    String appeal_state_title();

    String appeal_state_PENDING();

    String appeal_state_UPHELD();

    String appeal_state_OVERTURNED();

    String appeal_decision_reason();

    String points_title();

    String points_this_year(int points);

    String points_measures();

    String points_no_measures();

    /** The points page's section with the shop's disputes and dispute-refund rate (issue 17). */
    String points_refund_rate();

    String points_history();

    String points_no_history();

    String points_entry_PENALTY();

    String points_entry_REVERSAL();

    String guidance_title();

    String guidance_intro();

    String guidance_listen();

    String guidance_apologise();

    String guidance_ask();

    String guidance_remedy();

    String guidance_promise();

    String guidance_same_day();

    String seller_case_title(String caseNo);

    String seller_case_status();

    String seller_case_reason();

    String seller_case_amount();

    String seller_case_item();

    String seller_case_buyer_says();

    String seller_asked();

    String seller_asked_by(String deadline);

    String seller_asked_left(String left);

    String seller_asked_none();

    String seller_asked_answered(String at);

    String seller_asked_closed();

    String seller_buyer_sent();

    String seller_buyer_sent_none();

    String seller_chat();

    String seller_chat_none();

    String seller_chat_photo_alt(String party);

    String seller_evidence_photo_alt(String party);

    String seller_shop_sent();

    String seller_sent_at(String at);

    String seller_answer_title();

    String seller_answer_statement();

    String seller_answer_photo(int n);

    String seller_answer_file();

    String seller_answer_caption();

    String seller_answer_hint(int max);

    String seller_answer_submit();

    String seller_list_asked();

    String seller_disputes_title();

    String seller_no_disputes();
}
