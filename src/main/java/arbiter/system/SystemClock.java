package arbiter.system;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock the portal reads ({@link PortalClock}); tests replace it to stand at a fixed time. */
@ApplicationScoped
public class SystemClock {

    private final PortalClock clock = new PortalClock();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** The same clock under its own type, for the demo loader, which alone moves it. */
    @Produces
    @ApplicationScoped
    @jakarta.enterprise.inject.Typed(PortalClock.class)
    PortalClock portalClock() {
        return clock;
    }
}
