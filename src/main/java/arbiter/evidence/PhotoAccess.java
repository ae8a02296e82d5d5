package arbiter.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.penalty.Appeals;

/**
 * Who may see a photo: staff any photo that is in a case or an appeal; a seller only photos in their own
 * shop's cases and appeals. Photos are named by their SHA-256 (hex); the appeals' photos are asked of
 * {@link Appeals}, which owns them.
 */
@ApplicationScoped
public class PhotoAccess {

    @Inject
    Appeals appeals;

    public boolean inAnyCase(String sha256) {
        return EvidenceItem.count("photo.sha256", sha256) > 0 || appeals.anyHasPhoto(sha256);
    }

    public boolean inShopsCases(String sha256, String shopId) {
        return EvidenceItem.count("photo.sha256 = ?1 and dispute.shop.id = ?2", sha256, shopId) > 0
                || appeals.shopHasPhoto(shopId, sha256);
    }
}
