package arbiter.seller;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.Disputes;
import arbiter.event.CaseEventType;
import arbiter.event.CaseEvents;
import arbiter.evidence.EvidenceRequests.SubmittedPhoto;
import arbiter.evidence.PhotoStore;
import arbiter.penalty.Appeals;
import arbiter.penalty.Penalties;
import arbiter.ruling.Rulings;

/**
 * A shop's appeal against a penalty, as the seller files it from the notice (DESIGN "Appeals"). The appeal and its
 * photos are written by {@link Appeals}, the photos kept by {@link PhotoStore}; the case comes from the penalty's
 * ruling ({@link Penalties}, {@link Rulings}).
 */
@ApplicationScoped
public class AppealFiling {

    @Inject
    CaseEvents events;

    @Inject
    Disputes disputes;

    @Inject
    Appeals appeals;

    @Inject
    Penalties penalties;

    @Inject
    Rulings rulings;

    @Inject
    AuditTrail audit;

    @Inject
    PhotoStore photoStore;

    /**
     * Files a shop's appeal (see {@link Appeals#file}, which refuses what the rules do not allow) with its photos,
     * checked and re-encoded already, and records it on the case's trail.
     *
     * @param shopId the appealing shop, which must own the penalty
     * @param penaltyId the penalty appealed against
     * @param statement the shop's statement
     * @param photos the photos sent with it, in their order
     * @return the appeal, {@code PENDING}
     * @throws Appeals.AppealRefused when the rules refuse the appeal (nothing is stored)
     * @throws arbiter.system.NotFound when the penalty does not exist or is another shop's (nothing is stored)
     */
    @Transactional
    public Appeals.Summary file(String shopId, long penaltyId, String statement, List<SubmittedPhoto> photos) {
        Appeals.Summary appeal = appeals.file(shopId, penaltyId, statement);
        appeals.attachPhotos(appeal.id(), photos.stream()
                .map(photo -> new Appeals.Photo(photoStore.store(photo.photo()), photo.caption())).toList());
        Penalties.Summary penalty = penalties.summary(penaltyId).orElseThrow();
        long disputeId = rulings.summary(penalty.rulingId()).orElseThrow().disputeId();
        audit.record(AuditAction.APPEAL_FILED, Target.dispute(disputeId), null,
                Map.of("appeal", Long.toString(appeal.id()), "state", appeal.state().name(), "statement",
                        appeal.statement(), "photos", Integer.toString(photos.size())));
        events.record(disputes.caseRef(disputeId), CaseEventType.APPEAL_FILED,
                CaseEvents.data("penaltyGrade", penalty.grade()));
        return appeal;
    }
}
