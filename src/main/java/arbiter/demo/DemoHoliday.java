package arbiter.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import arbiter.system.PlatformZone;

/**
 * The demo's day off: {@code arbiter.demo.holiday}, tomorrow in the platform's zone when the portal starts. The demo's
 * history is written relative to its start, so a fixed date in the configuration would fall outside it; the demo
 * profile names this day as the business calendar's day off ({@code %demo.arbiter.sla.days-off}), and the open cases
 * due tomorrow are then due the day after, their pages saying which day off they were moved past. The lowest
 * ordinal of all sources: any value set elsewhere (a property, {@code ARBITER_DEMO_HOLIDAY}) wins.
 */
public class DemoHoliday implements ConfigSource {

    static final String KEY = "arbiter.demo.holiday";

    private final Map<String, String> properties = Map.of(KEY,
            LocalDate.now(PlatformZone.ZONE).plusDays(1).toString());

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "demo holiday (tomorrow in Asia/Shanghai)";
    }

    @Override
    public int getOrdinal() {
        return 1;
    }
}
