package arbiter.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit trail's words: each action's name and the name of each field an event records, as the case's timeline and the audit
 * page show them: namespace {@code audit} in templates; English in {@code messages/audit_en.properties}, Chinese in
 * {@code messages/audit_zh.properties}.
 */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

    /** What an audit event records was done, as pages and mails name it; keys {@code action_$CONSTANT}, one per constant. */
    @Message
    String action(AuditAction action);

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

    String timeline_outcome();

    String timeline_refund();

    String timeline_responsible();

    String timeline_grade();

    String timeline_clause();

    String timeline_state();

    String timeline_status_before();

    String timeline_refund_before();

    String timeline_delivery();

    String timeline_delivery_before();

    String timeline_event();

    String timeline_sequence();

    String timeline_attempts();

    String timeline_error();

    String timeline_appeal();

    String timeline_appeal_before();

    String timeline_state_before();

    String timeline_withdrawal();

    String timeline_withdrawnAt();

    String timeline_reason();

    String timeline_points();

    String timeline_measuresLifted();

    String timeline_notice();

    String timeline_kind();
}
