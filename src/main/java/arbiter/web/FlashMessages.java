package arbiter.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Flash messages, the one line a page shows after an action (post/redirect/get). They are named by key at run time
 * ({@link Flash}), so all of them are in this one bundle: namespace {@code flash} in templates; English in
 * {@code messages/flash_en.properties}, Chinese in
 * {@code messages/flash_zh.properties}.
 */
@MessageBundle(value = "flash", locale = "en")
public interface FlashMessages {

    String flash_queue_clear();

    String flash_case_claimed();

    String flash_case_not_claimable();

    String flash_case_released();

    String flash_case_not_yours();

    String flash_evidence_party_required();

    String flash_evidence_note_required();

    String flash_note_required();

    String flash_note_too_long();

    String flash_note_added();

    String flash_evidence_requested();

    String flash_case_unlocked();

    String flash_case_not_held();

    String flash_case_reassigned();

    String flash_reassign_invalid();

    String flash_reassign_unknown();

    String flash_case_not_reassignable();

    String flash_ruled();

    String flash_ruling_awaits_approval();

    String flash_ruling_stale();

    String flash_ruling_clause();

    String flash_ruling_clause_mismatch();

    String flash_ruling_not_holder();

    String flash_ruling_not_waiting();

    String flash_ruling_own();

    String flash_ruling_approved();

    String flash_ruling_rejected();

    String flash_rejection_reason();

    String flash_refund_retried();

    String flash_delivery_retried();

    String flash_delivery_not_failed();

    /** The holder of a case the platform withdrew, on their next page (identity/StaffNotices). */
    String flash_case_withdrawn(String caseNo);

    String flash_refund_not_failed();

    String flash_appeal_second();

    String flash_appeal_late();

    String flash_appeal_statement();

    String flash_appeal_reason();

    String flash_appeal_own_ruling();

    String flash_appeal_decision();

    String flash_appeal_decided();

    String flash_appeal_upheld();

    String flash_appeal_overturned();

    String flash_qa_size();

    String flash_qa_period();

    String flash_qa_arbitrator();

    String flash_qa_empty();

    String flash_qa_drawn();

    String flash_qa_verdict();

    String flash_qa_comment();

    String flash_qa_reviewed();

    String flash_qa_own_ruling();

    String flash_qa_saved();

    String flash_appeal_filed();

    String flash_seller_evidence_saved();

    String flash_seller_evidence_late();

    String flash_seller_evidence_unasked();

    String flash_seller_evidence_empty();

    String flash_seller_evidence_too_many();

    String flash_seller_evidence_photo_large();

    String flash_seller_evidence_photo_invalid();

    String flash_clause_written();

    String flash_clause_unchanged();

    String flash_clause_retired();

    String flash_clause_not_active();

    String flash_ruling_relied_on();

    String flash_ruling_previewed();

    String flash_template_written();

    String flash_template_retired();

    String flash_template_not_active();

    String flash_ruling_template();

    String flash_ruling_precedent();

    String flash_ruling_departure();
}
