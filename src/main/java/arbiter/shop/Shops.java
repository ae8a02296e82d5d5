package arbiter.shop;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The shops Arbiter knows, as the order platform describes them. */
@ApplicationScoped
public class Shops {

    @Inject
    Clock clock;

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
