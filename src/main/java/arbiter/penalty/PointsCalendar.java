package arbiter.penalty;

import java.time.Instant;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Points count per calendar year in the platform's zone and start again on 1 January (DESIGN.md). */
@ConfigMapping(prefix = "arbiter.points")
public interface PointsCalendar {

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** The points year an instant falls in. */
    default int yearOf(Instant instant) {
        return instant.atZone(zone()).getYear();
    }
}
