package arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import arbiter.dispute.SlaRules;
import arbiter.system.PlatformZone;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The demo's day off: the demo profile's business calendar has one, tomorrow in Asia/Shanghai as the portal starts;
 * the other profiles have none.
 */
class DemoHolidayTest {

    @Test
    void theDemoProfileTakesTomorrowAsItsDayOff() throws Exception {
        LocalDate tomorrow = LocalDate.now(PlatformZone.ZONE).plusDays(1);

        assertEquals(Set.of(tomorrow), rules("demo").daysOff().orElseThrow());
    }

    @Test
    void otherProfilesHaveNoDaysOff() throws Exception {
        assertTrue(rules("prod").daysOff().isEmpty());
        assertTrue(rules("test").daysOff().isEmpty());
    }

    @Test
    void aDemoHolidaySetElsewhereWins() throws Exception {
        SmallRyeConfig config = builder("demo")
                .withSources(new PropertiesConfigSource(Map.of("arbiter.demo.holiday", "2027-02-06"), "env", 300))
                .build();

        assertEquals(Set.of(LocalDate.parse("2027-02-06")), config.getConfigMapping(SlaRules.class).daysOff().orElseThrow());
    }

    private static SlaRules rules(String profile) throws Exception {
        return builder(profile).build().getConfigMapping(SlaRules.class);
    }

    /** The portal's own application.properties and the demo's holiday source, in {@code profile}. */
    private static SmallRyeConfigBuilder builder(String profile) throws Exception {
        return new SmallRyeConfigBuilder().withProfile(profile).withMapping(SlaRules.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(DemoHolidayTest.class.getResource("/application.properties"), 250))
                .withSources(new DemoHoliday());
    }
}
