package arbiter.supervision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.Disputes;
import arbiter.event.CaseEventType;
import arbiter.event.CaseEvents;
import arbiter.penalty.Appeal;
import arbiter.penalty.Appeals;
import arbiter.penalty.Appeals.AppealRefused;
import arbiter.penalty.OverturnMail;
import arbiter.penalty.Penalties;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.Rulings;
import arbiter.shop.Shops;
import arbiter.system.NotFound;
import io.quarkus.qute.TemplateData;

/**
 * Deciding appeals. Upholding leaves the penalty as it is; overturning reverses its points and lifts its
 * measure, tells the shop (notice and e-mail after commit), and stays on record against the ruling for the
 * statistics. Nobody decides an appeal against their own ruling. Reads and writes through the owners: appeals
 * ({@link Appeals}), penalties and notices ({@link Penalties}), rulings ({@link Rulings}), case numbers
 * ({@link Disputes}) and shops ({@link Shops}).
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@ApplicationScoped
public class AppealDesk {

    /** A decision needs a reason the shop and the arbitrator can read. */
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 2000;

    @Inject
    CaseEvents events;

    @Inject
    Appeals appeals;

    @Inject
    Penalties penalties;

    @Inject
    Rulings rulings;

    @Inject
    Disputes disputes;

    @Inject
    Shops shops;

    @Inject
    AuditTrail audit;

    @Inject
    Event<OverturnMail.Due> overturnDue;

    /**
     * One appeal as the supervisor weighs it: the appeal, the penalty, and the ruling it is against, with the case's
     * number, the shop's name, and when the shop first read the penalty's notice (UTC instant; null while unread or
     * when there is no notice).
     */
    public record Case(Appeals.Summary appeal, Penalties.Summary penalty, Rulings.Summary ruling, String caseNo,
            String shopName, Instant noticeReadAt) {

        /** Whether a supervisor may still decide the appeal: it is pending. */
        public boolean decidable() {
            return appeal.state() == Appeal.State.PENDING;
        }

        /** Whether {@code username} made the ruling appealed against (DESIGN: nobody decides an appeal of their own ruling). */
        public boolean ruledBy(String username) {
            return ruling.arbitrator().equals(username);
        }

    }

    /** An appeal waiting for a decision, as the list shows it. */
    public record Waiting(long appealId, String caseNo, String shopName, PenaltyGrade grade, int points,
            String arbitrator, Instant filedAt) {
    }

    /**
     * Appeals waiting for a decision, the oldest first: five statements whatever their number (the appeals, their
     * penalties, rulings, case numbers and shops' names).
     */
    public List<Waiting> waiting() {
        List<Appeals.Summary> pending = appeals.pending();
        Map<Long, Penalties.Summary> penaltiesById = penalties.summaries(
                pending.stream().map(Appeals.Summary::penaltyId).collect(Collectors.toSet()));
        Map<Long, Rulings.Summary> rulingsById = rulings.summaries(
                penaltiesById.values().stream().map(Penalties.Summary::rulingId).collect(Collectors.toSet()));
        Map<Long, String> caseNos = disputes.caseNumbers(
                rulingsById.values().stream().map(Rulings.Summary::disputeId).collect(Collectors.toSet()));
        Map<String, String> shopNames = shops.names(
                penaltiesById.values().stream().map(Penalties.Summary::shopId).collect(Collectors.toSet()));
        return pending.stream().map(appeal -> {
            Penalties.Summary penalty = penaltiesById.get(appeal.penaltyId());
            Rulings.Summary ruling = rulingsById.get(penalty.rulingId());
            return new Waiting(appeal.id(), caseNos.get(ruling.disputeId()), shopNames.get(penalty.shopId()),
                    penalty.grade(), penalty.points(), ruling.arbitrator(), appeal.filedAt());
        }).toList();
    }

    /** The appeal of that id as the supervisor weighs it ({@link Case}); empty when there is none. */
    public Optional<Case> find(long appealId) {
        return appeals.summary(appealId).map(appeal -> {
            Penalties.Summary penalty = penalties.summary(appeal.penaltyId()).orElseThrow();
            Rulings.Summary ruling = rulings.summary(penalty.rulingId()).orElseThrow();
            return new Case(appeal, penalty, ruling, disputes.summary(ruling.disputeId()).orElseThrow().caseNo(),
                    shops.contact(penalty.shopId()).orElseThrow().name(),
                    penalties.penaltyNotice(penalty.id()).map(Penalties.Notice::firstReadAt).orElse(null));
        });
    }

    /**
     * Decides a pending appeal: upholds it, or overturns it (the penalty reversed, the shop told after commit), and
     * records the decision on the case's trail.
     *
     * @param reason the supervisor's reason, {@link #REASON_MIN} to {@link #REASON_MAX} characters once stripped
     * @throws AppealRefused {@code REASON_LENGTH}, {@code OWN_RULING} (the supervisor made the ruling) or
     *         {@code DECIDED}; nothing changes
     * @throws NotFound when there is no such appeal
     */
    @Transactional
    public void decide(long appealId, boolean overturn, String supervisor, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
            throw new AppealRefused(AppealRefused.Reason.REASON_LENGTH);
        }
        Appeals.Summary pending = appeals.summary(appealId).orElseThrow(() -> new NotFound("appeal " + appealId));
        Penalties.Summary penalty = penalties.summary(pending.penaltyId()).orElseThrow();
        Rulings.Summary ruling = rulings.summary(penalty.rulingId()).orElseThrow();
        if (ruling.arbitrator().equals(supervisor)) {
            throw new AppealRefused(AppealRefused.Reason.OWN_RULING);
        }
        Appeals.Summary appeal = appeals.decide(appealId, overturn ? Appeal.State.OVERTURNED : Appeal.State.UPHELD,
                supervisor, text);
        long disputeId = ruling.disputeId();
        Map<String, String> after = new LinkedHashMap<>();
        after.put("appeal", Long.toString(appeal.id()));
        after.put("state", appeal.state().name());
        after.put("reason", text);
        if (overturn) {
            Penalties.Reversed reversed = penalties.reverse(appeal.penaltyId(), supervisor);
            after.put("points", Integer.toString(reversed.pointsAfter()));
            after.put("measuresLifted", Integer.toString(reversed.lifted().size()));
            Shops.Contact shop = shops.contact(reversed.penalty().shopId()).orElseThrow();
            overturnDue.fire(new OverturnMail.Due(reversed.notice().id(),
                    disputes.summary(disputeId).orElseThrow().caseNo(), shop.name(), shop.contactEmail(),
                    shop.language(), reversed.penalty().points(), reversed.pointsBefore(), reversed.pointsAfter(),
                    !reversed.lifted().isEmpty(), text));
        }
        audit.record(overturn ? AuditAction.APPEAL_OVERTURNED : AuditAction.APPEAL_UPHELD, Target.dispute(disputeId),
                Map.of("appeal", Long.toString(appeal.id()), "state", Appeal.State.PENDING.name()), after);
        events.record(disputes.caseRef(disputeId), CaseEventType.APPEAL_DECIDED,
                CaseEvents.data("verdict", appeal.state()));
    }
}
