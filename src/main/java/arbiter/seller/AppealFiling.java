package arbiter.seller;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.evidence.EvidenceRequests.SubmittedPhoto;
import arbiter.evidence.PhotoStore;
import arbiter.penalty.Appeal;
import arbiter.penalty.AppealPhoto;
import arbiter.penalty.Appeals;
import arbiter.penalty.Penalty;
import arbiter.ruling.Ruling;

/** A shop's appeal against a penalty, as the seller files it from the notice (DESIGN "Appeals"). */
@ApplicationScoped
public class AppealFiling {

    @Inject
    Appeals appeals;

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
     */
    @Transactional
    public Appeal file(String shopId, long penaltyId, String statement, List<SubmittedPhoto> photos) {
        Appeal appeal = appeals.file(shopId, penaltyId, statement);
        int position = 0;
        for (SubmittedPhoto photo : photos) {
            AppealPhoto kept = new AppealPhoto();
            kept.key = new AppealPhoto.Key(appeal.id, position++);
            kept.photoSha256 = photoStore.save(photo.photo()).sha256;
            kept.caption = photo.caption();
            kept.persist();
        }
        Penalty penalty = Penalty.findById(penaltyId);
        Ruling ruling = Ruling.findById(penalty.rulingId);
        audit.record(AuditAction.APPEAL_FILED, Target.dispute(ruling.dispute.id), null,
                Map.of("appeal", appeal.id.toString(), "state", appeal.state.name(), "statement", appeal.statement,
                        "photos", Integer.toString(photos.size())));
        return appeal;
    }
}
