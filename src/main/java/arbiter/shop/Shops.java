package arbiter.shop;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** The shops Arbiter knows, as the order platform describes them. */
@ApplicationScoped
public class Shops {

    @Inject
    Clock clock;

    /**
     * Locks the shop's row until the transaction ends, so that what is done to one shop (its penalties and their
     * points) happens one at a time; false when there is no such shop.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lock(String id) {
        return Shop.getEntityManager().find(Shop.class, id, LockModeType.PESSIMISTIC_WRITE) != null;
    }

    /** The shop with this id, created on first sight; name and contact follow the platform's latest word. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shop ensure(String id, String name, String contactEmail) {
        Shop shop = Shop.findById(id);
        if (shop == null) {
            shop = new Shop();
            shop.id = id;
            shop.createdAt = clock.instant();
            shop.name = name;
            shop.contactEmail = contactEmail;
            shop.persist();
        } else {
            shop.name = name;
            shop.contactEmail = contactEmail;
        }
        return shop;
    }
}
