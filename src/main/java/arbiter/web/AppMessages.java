package arbiter.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's UI text, namespace {@code msg} in templates. Each method names one message; its English
 * text is in {@code messages/msg_en.properties} and its Chinese text in {@code messages/msg_zh.properties}.
 * The build fails on a template that uses a key not declared here, and I18nBundlesTest fails when a
 * bundle misses a key or a template holds text of its own.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    String home_title();

    String home_staff_heading();

    String home_unclaimed();

    String home_mine();

    String home_due_soon();

    String home_overdue();

    String home_open_queue();

    String home_supervisor_heading();

    String home_approvals();

    String home_appeals();

    String home_failed_refunds();

    String home_seller_heading();

    String home_open_disputes();

    String home_unread_notices();

    String home_points();

    String home_no_role();

    String supervision_title();

    String seller_disputes_title();

    String seller_no_disputes();

    String DisputeStatus_ESCALATED();

    String DisputeStatus_IN_REVIEW();

    String DisputeStatus_AWAITING_EVIDENCE();

    String DisputeStatus_PENDING_APPROVAL();

    String DisputeStatus_RULED();

    String DisputeStatus_WITHDRAWN();

    String DisputeReason_NOT_AS_DESCRIBED();

    String DisputeReason_QUALITY();

    String DisputeReason_NOT_RECEIVED();

    String DisputeReason_DAMAGED();

    String DisputeReason_COUNTERFEIT();

    String DisputeReason_MISSING_PARTS();

    String DisputeReason_RETURN_REFUSED();

    String mail_escalated_subject(String caseNo);

    String mail_escalated_greeting(String shopName);

    String mail_escalated_what(String orderNo, String itemTitle, String caseNo);

    String mail_escalated_claim();

    String mail_escalated_next(String due);

    String mail_signature();

    String flash_queue_clear();

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

    String Party_BUYER();

    String Party_SELLER();

    String Party_PLATFORM();

    String flash_case_claimed();

    String flash_case_not_claimable();

    String flash_case_released();

    String flash_case_not_yours();

    String case_held_since();

    String case_read_only();

    String case_unlock();

    String case_reassign_to();

    String case_reassign();

    String case_photo_alt();

    String history_title();

    String history_points();

    String history_disputes();

    String history_for_buyer();

    String evidence_title();

    String evidence_due();

    String evidence_none_open();

    String evidence_from();

    String evidence_what();

    String evidence_request();

    String flash_evidence_party_required();

    String flash_evidence_note_required();

    String notes_title();

    String notes_none();

    String notes_add();

    String notes_save();

    String flash_note_required();

    String flash_note_too_long();

    String timeline_title();

    String timeline_assignee();

    String timeline_assignee_before();

    String timeline_via();

    String timeline_status();

    String timeline_externalId();

    String timeline_escalatedBy();

    String timeline_note();

    String timeline_party();

    String timeline_dueAt();

    String timeline_photos();

    String timeline_statement();

    String AuditAction_ESCALATED();

    String AuditAction_CLAIMED();

    String AuditAction_RELEASED();

    String AuditAction_LEASE_EXPIRED();

    String AuditAction_UNLOCKED();

    String AuditAction_REASSIGNED();

    String AuditAction_NOTE_ADDED();

    String AuditAction_EVIDENCE_REQUESTED();

    String AuditAction_EVIDENCE_SUBMITTED();

    String AuditAction_EVIDENCE_DEADLINE_PASSED();

    String viewer_title();

    String viewer_zoom_in();

    String viewer_zoom_out();

    String viewer_actual();

    String viewer_open();

    String viewer_close();

    String flash_note_added();

    String flash_evidence_requested();

    String flash_case_unlocked();

    String flash_case_not_held();

    String flash_case_reassigned();

    String flash_reassign_invalid();

    String flash_reassign_unknown();

    String flash_case_not_reassignable();

    String mail_evidence_subject(String caseNo);

    String mail_evidence_buyer(String buyerId);

    String mail_evidence_what(String orderNo, String itemTitle, String caseNo);

    String mail_evidence_note();

    String mail_evidence_how_seller(String due);

    String mail_evidence_how_buyer(String due);

    String mail_evidence_late();

    String AuditAction_RULED();

    String timeline_outcome();

    String timeline_refund();

    String timeline_responsible();

    String timeline_grade();

    String timeline_clause();

    String timeline_state();

    String ruling_title();

    String ruling_back();

    String ruling_preview_title();

    String ruling_preview_points(String shop, int before, int after);

    String ruling_preview_measure(int threshold);

    String ruling_preview_no_measure();

    String ruling_preview_no_penalty();

    String ruling_preview_approval();

    String ruling_preview_effective();

    String ruling_outcome();

    String ruling_refund();

    String ruling_refund_hint();

    String ruling_responsible();

    String ruling_grade();

    String ruling_grade_none();

    String ruling_clause();

    String ruling_rationale();

    String ruling_preview_button();

    String ruling_rule_button();

    String measure_restriction();

    String measure_closure();

    String measure_seal();

    String ruling_error_outcome();

    String ruling_error_partial_refund();

    String ruling_error_responsible();

    String ruling_error_grade();

    String ruling_error_penalty_not_seller();

    String ruling_error_clause();

    String ruling_error_rationale_short();

    String ruling_error_rationale_long();

    String ruling_error_version();

    String flash_ruled();

    String flash_ruling_awaits_approval();

    String flash_ruling_stale();

    String flash_ruling_clause();

    String flash_ruling_not_holder();

    String RulingOutcome_FULL_REFUND();

    String RulingOutcome_PARTIAL_REFUND();

    String RulingOutcome_REJECTED();

    String ResponsibleParty_BUYER();

    String ResponsibleParty_SELLER();

    String ResponsibleParty_NEITHER();

    String PenaltyGrade_WARNING();

    String PenaltyGrade_MINOR();

    String PenaltyGrade_GENERAL();

    String PenaltyGrade_SERIOUS();

    String PenaltyGrade_CRITICAL();

    /** A number of penalty points, beside a grade's name ("2 points"). */
    String grade_points(int points);

    String case_rule();

    String AuditAction_RULING_APPROVED();

    String AuditAction_RULING_REJECTED();

    String flash_ruling_not_waiting();

    String flash_ruling_own();

    String flash_ruling_approved();

    String flash_ruling_rejected();

    String flash_rejection_reason();

    String flash_refund_retried();

    String flash_refund_not_failed();

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

    String case_ruling();

    String case_refund_state();

    String RefundState_PENDING();

    String RefundState_SENT();

    String RefundState_CONFIRMED();

    String RefundState_FAILED();

    String RulingState_PENDING_APPROVAL();

    String RulingState_EFFECTIVE();

    String RulingState_SENT_BACK();

    String notice_mail_subject(String caseNo);

    String notice_mail_what(String caseNo);

    String notice_mail_outcome();

    String notice_mail_clause();

    String notice_mail_rationale();

    String notice_mail_penalty();

    String notice_mail_points(int before, int after);

    String notice_mail_measure();

    String notice_mail_until_lifted();

    String notice_mail_appeal(String deadline);

    String AuditAction_REFUND_DELIVERED();

    String AuditAction_REFUND_FAILED();

    String AuditAction_REFUND_RETRIED();

    String AuditAction_APPEAL_FILED();

    String AuditAction_APPEAL_UPHELD();

    String AuditAction_APPEAL_OVERTURNED();

    String AuditAction_QA_SAMPLE_DRAWN();

    String AuditAction_QA_REVIEWED();

    String State_PENDING();

    String State_UPHELD();

    String State_OVERTURNED();

    String timeline_status_before();

    String timeline_refund_before();

    String timeline_attempts();

    String timeline_error();

    String timeline_appeal();

    String timeline_appeal_before();

    String timeline_state_before();

    String timeline_reason();

    String timeline_points();

    String timeline_measuresLifted();

    String Verdict_AGREE();

    String Verdict_DISAGREE();

    String stats_everyone();

    String stats_empty();

    String stats_chart_trend();

    String stats_chart_mix();

    String AuditAction_ACCESS_DENIED();

    String AuditAction_NOTICE_READ();

    String timeline_notice();

    String timeline_kind();

    String span_days_hours(long days, long hours);

    String span_hours_minutes(long hours, long minutes);

    String span_minutes(long minutes);

    String NoticeKind_PENALTY();

    String NoticeKind_OVERTURN();

    String Via_TAKE_NEXT();

    String case_photo_alt_party(String party);
}
