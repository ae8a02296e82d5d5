package arbiter;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestEnvironment} for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(TestEnvironment.class)
public final class RealServices {
    private RealServices() {
    }
}
