package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The SLA's business calendar: a due time on a day off moves to the same time of the next working day. */
class BusinessCalendarTest {

    private static final BusinessCalendar SPRING_FESTIVAL = new BusinessCalendar(
            Set.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-07"), LocalDate.parse("2027-02-08")));

    @Test
    void aDueTimeOnADayOffMovesPastTheDaysOffToTheSameTime() {
        // 14:00 in Shanghai on the first of three days off.
        Instant due = Instant.parse("2027-02-06T06:00:00Z");

        BusinessCalendar.Due placed = SPRING_FESTIVAL.place(due);

        assertEquals(Instant.parse("2027-02-09T06:00:00Z"), placed.at(), "14:00 on the first working day after");
        assertEquals(due, placed.movedFrom());
    }

    @Test
    void theDayIsTheDayInShanghaiNotInUtc() {
        // 2027-02-05 20:00 UTC is 2027-02-06 04:00 in Shanghai: a day off there.
        assertEquals(Instant.parse("2027-02-08T20:00:00Z"), SPRING_FESTIVAL.place(Instant.parse("2027-02-05T20:00:00Z")).at());
        // 2027-02-08 16:30 UTC is 2027-02-09 00:30 in Shanghai: a working day.
        Instant afterTheHoliday = Instant.parse("2027-02-08T16:30:00Z");
        assertEquals(afterTheHoliday, SPRING_FESTIVAL.place(afterTheHoliday).at());
    }

    @Test
    void aDueTimeOnAWorkingDayStays() {
        Instant due = Instant.parse("2027-02-05T06:00:00Z");

        BusinessCalendar.Due placed = SPRING_FESTIVAL.place(due);

        assertEquals(due, placed.at());
        assertNull(placed.movedFrom());
    }

    @Test
    void withoutDaysOffNothingMoves() {
        BusinessCalendar none = new BusinessCalendar(Set.of());
        Instant due = Instant.parse("2027-02-06T06:00:00Z");

        assertEquals(new BusinessCalendar.Due(due, null), none.place(due));
        assertFalse(none.hasDaysOff());
        assertTrue(SPRING_FESTIVAL.hasDaysOff());
    }

    @Test
    void daysOffAreReadFromTheConfiguration() {
        SlaRules rules = config("2027-02-06,2027-02-07").getConfigMapping(SlaRules.class);

        assertEquals(Set.of(LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-07")), rules.daysOff().orElseThrow());
    }

    /** A day off that is not a date stops the portal at start with a message naming the key and the value. */
    @Test
    void aMalformedDayOffIsAClearStartupError() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> config("2027-02-06,2027-02-30"));

        String message = messages(refused);
        assertTrue(message.contains("arbiter.sla.days-off") && message.contains("2027-02-30"), message);
    }

    private static SmallRyeConfig config(String daysOff) {
        return new SmallRyeConfigBuilder().withMapping(SlaRules.class)
                .withConverter(java.time.Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new PropertiesConfigSource(Map.of("arbiter.sla.days-off", daysOff), "test", 500))
                .build();
    }

    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
