package arbiter.archfixture.http;

/** A service that speaks HTTP, as ArchitectureTest's rule must refuse: it throws a JAX-RS exception. */
public class FixtureDesk {

    public void find(long id) {
        throw new jakarta.ws.rs.NotFoundException("no " + id);
    }
}
