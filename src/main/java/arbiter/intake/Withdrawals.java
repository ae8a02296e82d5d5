package arbiter.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Disputes;
import arbiter.dispute.WithdrawalReason;
import arbiter.evidence.EvidenceRequests;
import arbiter.identity.StaffNotices;
import arbiter.system.NotFound;

/**
 * The platform withdraws a case before it is ruled (DESIGN "Lifecycle", the seller's guide's 联系买家撤诉: the seller
 * settled and the buyer withdrew the complaint). In one transaction: the case becomes {@code WITHDRAWN} and leaves its
 * holder, its open evidence requests close, one audit event records it; once committed, the shop is told by mail. The
 * same withdrawal again changes nothing.
 */
@ApplicationScoped
public class Withdrawals {

    /** The longest note the platform may send with a withdrawal, in characters. */
    public static final int NOTE_MAX = 2_000;

    @Inject
    StaffNotices notices;

    @Inject
    Disputes disputes;

    @Inject
    EvidenceRequests evidence;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<WithdrawalMail.Due> mailDue;

    /** Withdraws the case of that id as the platform's {@code request} (already read and checked) says. */
    public DisputeReceipt withdraw(long id, WithdrawalRequest request) {
        return withdraw(id, request.reason(), request.note(), request.withdrawnAt());
    }

    /**
     * Withdraws the case of that id with {@code reason}, {@code note} (empty for none, at most {@value #NOTE_MAX}
     * characters, already checked) and the platform's time of it ({@code withdrawnAt}, UTC).
     *
     * @return the case's receipt: its id, case number and status, {@code WITHDRAWN}
     * @throws NotFound when there is no such case
     * @throws Disputes.WithdrawalRefused when it is ruled or its ruling awaits approval
     */
    @Transactional
    public DisputeReceipt withdraw(long id, WithdrawalReason reason, String note, Instant withdrawnAt) {
        Disputes.WithdrawalOutcome outcome = disputes.withdraw(id, reason, note, withdrawnAt);
        if (outcome.withdrawn() == Disputes.Withdrawn.NOW) {
            evidence.closeOpen(id, clock.instant());
            Map<String, String> before = new LinkedHashMap<>();
            before.put("status", outcome.before().name());
            outcome.holder().ifPresent(holder -> before.put("assignee", holder));
            Map<String, String> after = new LinkedHashMap<>();
            after.put("status", DisputeStatus.WITHDRAWN.name());
            after.put("withdrawal", reason.name());
            after.put("withdrawnAt", withdrawnAt.toString());
            if (!note.isEmpty()) {
                after.put("note", note);
            }
            audit.record(AuditAction.WITHDRAWN, Target.dispute(id), before, after);
            Disputes.Correspondence dispute = disputes.correspondence(id).orElseThrow();
            mailDue.fire(WithdrawalMail.due(dispute, reason, note));
            outcome.holder().ifPresent(holder -> notices.caseWithdrawn(holder, id, dispute.caseNo()));
        }
        Disputes.Summary withdrawn = disputes.summary(id).orElseThrow();
        return new DisputeReceipt(withdrawn.id(), withdrawn.caseNo(), withdrawn.status());
    }
}
