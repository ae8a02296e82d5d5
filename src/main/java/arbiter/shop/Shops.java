package arbiter.shop;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

    /**
     * How a shop is named and reached.
     *
     * @param id the platform's id of the shop
     * @param name its name, as the platform last gave it
     * @param contactEmail the address its notices go to
     * @param language the language of its notices: {@code zh-CN} or {@code en}
     */
    public record Contact(String id, String name, String contactEmail, String language) {
    }

    /** The shop of that id as a {@link Contact}; empty when Arbiter does not know it. */
    public Optional<Contact> contact(String id) {
        return Shop.<Shop> findByIdOptional(id).map(s -> new Contact(s.id, s.name, s.contactEmail, s.language));
    }

    /**
     * The names of these shops by id, in one statement (none for no ids); an id Arbiter does not know has no entry.
     */
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Shop.getEntityManager().createQuery("select s.id, s.name from Shop s where s.id in ?1", Object[].class)
                    .setParameter(1, ids).getResultList().forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
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
