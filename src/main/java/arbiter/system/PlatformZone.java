package arbiter.system;

import java.time.ZoneId;

/**
 * The platform's time zone: the marketplace works in China time, so its days (periods, deadlines shown, case
 * numbers' years) and the times people read are in it. One place, so that no page counts days differently.
 */
public final class PlatformZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformZone() {
    }
}
