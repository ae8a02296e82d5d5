package arbiter.supervision;

import arbiter.supervision.QaReview.Verdict;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The supervisors' UI text (audit trail, appeals, overdue cases, QA, statistics, the overturn mail), namespace
 * {@code sup} in templates; English in {@code messages/sup_en.properties}, Chinese in {@code sup_zh.properties}.
 * A bundle of its own: one feature's text together, and Quarkus generates a broken resolver (VerifyError at
 * start) for a bundle of more than 300 messages, which {@code msg} would otherwise pass.
 */
@MessageBundle(value = "sup", locale = "en")
public interface SupervisionMessages {

    /** A QA reviewer's verdict on a ruling, as pages and mails name it; keys {@code verdict_CONSTANT}, one per constant. */
    @Message
    String verdict(Verdict verdict);

    String audit_title();

    String audit_verify();

    String audit_actor();

    String audit_action();

    String audit_case();

    String audit_shop();

    String audit_from();

    String audit_to();

    String audit_export();

    String audit_none();

    String audit_when();

    String audit_target();

    String audit_before();

    String audit_after();

    String audit_origin();

    String audit_bad_period();

    String audit_bad_actor();

    String audit_bad_case();

    String audit_bad_shop();

    String audit_bad_action();

    String audit_bad_day();

    String audit_bad_position();

    String audit_chain_intact(Long verified);

    String audit_chain_broken(Long eventId);

    String audit_break_kind();

    String audit_break_CONTENT();

    String audit_break_LINK();

    String audit_break_expected();

    String audit_break_found();

    String audit_break_verified();

    String audit_break_show();

    String appeals_title();

    String appeals_none();

    String appeals_ruled_by();

    String appeals_filed();

    String appeal_title(String caseNo);

    String appeal_shop_says();

    String appeal_ruling();

    String appeal_points(int points, int before, int after);

    String appeal_evidence();

    String appeal_no_evidence();

    String appeal_open_case();

    String appeal_decide();

    String appeal_decision();

    String appeal_uphold();

    String appeal_overturn();

    String appeal_reason();

    String appeal_submit();

    String appeal_decided();

    String overturn_mail_subject(String caseNo);

    String overturn_mail_what(String caseNo);

    String overturn_mail_reason();

    String overturn_mail_points(int points, int after);

    String overturn_mail_measure();

    String supervision_tools();

    String overdue_title();

    String overdue_hint(int limit);

    String overdue_none();

    String qa_title();

    String stats_title();

    String qa_draw();

    String qa_arbitrator();

    String qa_size();

    String qa_draw_button();

    String qa_draw_hint();

    String qa_agreement(int days);

    String qa_agreement_none();

    String qa_reviewed();

    String qa_agreed();

    String qa_rate();

    String qa_recent();

    String qa_none();

    String qa_sample_line(int size, String drawnBy);

    String qa_sample_title(Long id);

    String qa_comment();

    String qa_save();

    String stats_export();

    String stats_arbitrator();

    String stats_rulings();

    String stats_median();

    String stats_sla_met();

    String stats_refunds();

    String stats_overturned();

    /** The column of rulings that departed from their close precedents (issue 17). */
    String stats_departures();

    String stats_qa();

    String stats_bucket_day();

    String stats_bucket_week();

    String stats_bucket_month();

    String stats_bad_day();

    String stats_bad_order();

    String stats_bad_length();

    String stats_last_days(int days);

    String stats_as_of(String time);

    String appeal_notice_read(String at);

    String appeal_notice_unread();

    String appeal_photo_alt();

    String appeal_evidence_alt();

    String approvals_title();

    String approvals_none();

    String approvals_by();

    String approvals_approve();

    String approvals_reject();

    String approvals_reason();

    String refunds_failed_title();

    String refunds_none();

    String refunds_retry();

    String refunds_amount();

    String refunds_attempts();

    String refunds_last_answer();

    String deliveries_title();

    String deliveries_intro();

    String deliveries_none();

    String deliveries_event();

    String deliveries_occurred();

    String deliveries_waiting();

    String deliveries_last_answer();

    /** A case event's type, as the failed deliveries and the timeline name it; keys {@code eventType_$CONSTANT}. */
    @Message
    String eventType(arbiter.event.CaseEventType type);

    /** Where a case event is on its way to the platform; keys {@code delivery_CONSTANT}. */
    @Message
    String delivery(arbiter.event.DeliveryState state);

    String supervision_title();

    String stats_everyone();

    String stats_empty();

    String stats_chart_trend();

    String stats_chart_mix();

    // == Reused photos (issue 17)

    String reuse_title();

    /** What the list holds; {@code distance} is the configured most bits nearly identical photos differ in. */
    String reuse_intro(int distance);

    String reuse_none();

    String reuse_no_more();

    /** A cluster's heading: its number, the cases and the shops it spans. */
    String reuse_cluster(long id, long cases, long shops);

    String reuse_photo_alt();

    String reuse_case();

    String reuse_party();

    String reuse_shop();

    String reuse_result();

    String reuse_sent();

    String reuse_photo();

    String reuse_older();

    /** QA: a sample drawn from the rulings that departed from their precedents only (issue 17). */
    String qa_departures_only();
}
