package arbiter.archfixture.tables.other;

import arbiter.archfixture.tables.owner.Thing;

/** A fixture of what the ownership rules refuse: another package reading an entity and querying its table. */
public class Peeker {

    static final String QUERY = "SELECT name FROM things WHERE id = ?";

    static final String JPQL = "select t.name from Thing t where t.id = ?1";

    public String nameOf(Thing thing) {
        return thing.name;
    }
}
