package arbiter.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.penalty.Appeal;
import arbiter.penalty.Appeals;
import arbiter.penalty.Appeals.AppealRefused;
import arbiter.penalty.OverturnMail;
import arbiter.penalty.Penalties;
import arbiter.penalty.Penalty;
import arbiter.penalty.PenaltyGrade;
import arbiter.penalty.PenaltyNotice;
import arbiter.ruling.Ruling;
import arbiter.system.NotFound;
import io.quarkus.qute.TemplateData;

/**
 * Deciding appeals. Upholding leaves the penalty as it is; overturning reverses its points and lifts its
 * measure, tells the shop (notice and e-mail after commit), and stays on record against the ruling for the
 * statistics. Nobody decides an appeal against their own ruling.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@ApplicationScoped
public class AppealDesk {

    /** A decision needs a reason the shop and the arbitrator can read. */
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 2000;

    @Inject
    Appeals appeals;

    @Inject
    Penalties penalties;

    @Inject
    AuditTrail audit;

    @Inject
    Event<OverturnMail.Due> overturnDue;

    /** One appeal as the supervisor weighs it: the appeal, the penalty, and the ruling it is against. */
    public record Case(Appeal appeal, Penalty penalty, Ruling ruling, PenaltyNotice notice) {

        /** Whether a supervisor may still decide the appeal: it is pending. */
        public boolean decidable() {
            return appeal.state == Appeal.State.PENDING;
        }

        /** Whether {@code username} made the ruling appealed against (DESIGN: nobody decides an appeal of their own ruling). */
        public boolean ruledBy(String username) {
            return ruling.arbitrator.equals(username);
        }

    }

    /** An appeal waiting for a decision, as the list shows it. */
    public record Waiting(long appealId, String caseNo, String shopName, PenaltyGrade grade, int points,
            String arbitrator, java.time.Instant filedAt) {
    }

    /** Appeals waiting for a decision, the oldest first: one statement, whatever their number. */
    public List<Waiting> waiting() {
        return Appeal.getEntityManager().createQuery("""
                select a.id, d.caseNo, s.name, p.grade, p.points, r.arbitrator, a.filedAt
                from Appeal a, Penalty p join p.shop s, Ruling r join r.dispute d
                where p.id = a.penaltyId and r.id = p.rulingId and a.state = ?1
                order by a.filedAt, a.id""", Object[].class)
                .setParameter(1, Appeal.State.PENDING).getResultList().stream()
                .map(r -> new Waiting((Long) r[0], (String) r[1], (String) r[2], (PenaltyGrade) r[3], (Integer) r[4],
                        (String) r[5], (java.time.Instant) r[6]))
                .toList();
    }

    public java.util.Optional<Case> find(long appealId) {
        return Appeal.<Appeal> findByIdOptional(appealId).map(appeal -> {
            Penalty penalty = Penalty.findById(appeal.penaltyId);
            return new Case(appeal, penalty, Ruling.findById(penalty.rulingId), PenaltyNotice.<PenaltyNotice> find(
                    "penaltyId = ?1 and kind = ?2", penalty.id, PenaltyNotice.Kind.PENALTY).firstResult());
        });
    }

    @Transactional
    public void decide(long appealId, boolean overturn, String supervisor, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
            throw new AppealRefused(AppealRefused.Reason.REASON_LENGTH);
        }
        Case found = find(appealId).orElseThrow(() -> new NotFound("appeal " + appealId));
        if (found.ruling().arbitrator.equals(supervisor)) {
            throw new AppealRefused(AppealRefused.Reason.OWN_RULING);
        }
        Appeal appeal = appeals.decide(appealId, overturn ? Appeal.State.OVERTURNED : Appeal.State.UPHELD,
                supervisor, text);
        long disputeId = found.ruling().dispute.id;
        Map<String, String> after = new LinkedHashMap<>();
        after.put("appeal", appeal.id.toString());
        after.put("state", appeal.state.name());
        after.put("reason", text);
        if (overturn) {
            Penalties.Reversed reversed = penalties.reverse(appeal.penaltyId, supervisor);
            after.put("points", Integer.toString(reversed.pointsAfter()));
            after.put("measuresLifted", Integer.toString(reversed.lifted().size()));
            var shop = reversed.penalty().shop;
            overturnDue.fire(new OverturnMail.Due(reversed.notice().id, found.ruling().dispute.caseNo, shop.name,
                    shop.contactEmail, shop.language, reversed.penalty().points, reversed.pointsBefore(),
                    reversed.pointsAfter(), !reversed.lifted().isEmpty(), text));
        }
        audit.record(overturn ? AuditAction.APPEAL_OVERTURNED : AuditAction.APPEAL_UPHELD, Target.dispute(disputeId),
                Map.of("appeal", appeal.id.toString(), "state", Appeal.State.PENDING.name()), after);
    }
}
