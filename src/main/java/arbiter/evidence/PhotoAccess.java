package arbiter.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Who may see a photo: staff any photo that is in a case; a seller only photos in their own shop's cases. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PhotoAccess {

    public boolean inAnyCase(String sha256) {
        return EvidenceItem.count("photo.sha256", sha256) > 0;
    }

    public boolean inShopsCases(String sha256, String shopId) {
        return EvidenceItem.count("photo.sha256 = ?1 and dispute.shop.id = ?2", sha256, shopId) > 0;
    }
}
