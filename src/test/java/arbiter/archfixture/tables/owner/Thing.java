package arbiter.archfixture.tables.owner;

/** A fixture entity whose table, {@code things}, belongs to the package {@code owner}. */
@FixtureEntity(table = "things")
public class Thing {

    public long id;

    public String name;
}
