package arbiter.evidence;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.penalty.AppealPhoto;

/**
 * Who may see a photo: staff any photo that is in a case or an appeal; a seller only photos in their own
 * shop's cases and appeals.
 */
@ApplicationScoped
public class PhotoAccess {

    public boolean inAnyCase(String sha256) {
        return EvidenceItem.count("photo.sha256", sha256) > 0 || AppealPhoto.count("photoSha256", sha256) > 0;
    }

    public boolean inShopsCases(String sha256, String shopId) {
        return EvidenceItem.count("photo.sha256 = ?1 and dispute.shop.id = ?2", sha256, shopId) > 0
                || AppealPhoto.count("photoSha256 = ?1 and key.appealId in (select a.id from Appeal a where a.shopId = ?2)",
                        sha256, shopId) > 0;
    }
}
