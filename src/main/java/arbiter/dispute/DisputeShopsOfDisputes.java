package arbiter.dispute;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.audit.DisputeShops;

/** A dispute's shop for the audit trail, read from the dispute's row (its shop_id only, not the entity). */
@ApplicationScoped
class DisputeShopsOfDisputes implements DisputeShops {

    @Override
    public Optional<String> shopOf(long disputeId) {
        List<String> shop = Dispute.getEntityManager()
                .createQuery("select d.shop.id from Dispute d where d.id = ?1", String.class)
                .setParameter(1, disputeId).getResultList();
        return shop.stream().findFirst();
    }
}
