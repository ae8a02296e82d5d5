package arbiter.supervision;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the statistics are served. */
@ConfigMapping(prefix = "arbiter.statistics")
public interface StatisticsRules {

    /**
     * How long a period's report is kept and served again (the page and its two charts ask for it together);
     * 0 computes it for every request, as the benchmark does to measure the computation.
     */
    @WithDefault("1m")
    Duration reportKeptFor();

    /** How often the periods the page offers are computed ahead ("off" in tests); read by the scheduler. */
    @WithDefault("10m")
    String prepareEvery();
}
