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
}
