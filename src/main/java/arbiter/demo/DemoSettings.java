package arbiter.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether and what demo data to load at start (only the dev and demo profiles switch it on). */
@ConfigMapping(prefix = "arbiter.demo")
public interface DemoSettings {

    @WithDefault("false")
    boolean enabled();

    @WithDefault("20261126")
    long seed();

    @WithDefault("200")
    int disputes();

    /**
     * The demo's day off, which the demo profile gives the SLA's business calendar ({@code %demo.arbiter.sla.days-off}):
     * tomorrow in Asia/Shanghai as the portal starts ({@link DemoHoliday}) unless set.
     */
    java.time.LocalDate holiday();
}
