package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Lengths of time in words, from the page bundle of each language, in the three sizes the pages use. */
@QuarkusTest
class SpanWordingTest {

    @Test
    void eachSizeTakesItsTwoLargestUnitsInEachLanguage() {
        Duration days = Duration.ofDays(12).plusHours(23).plusMinutes(59);
        Duration hours = Duration.ofHours(3).plusMinutes(7).plusSeconds(59);
        Duration minutes = Duration.ofMinutes(59).plusSeconds(59);

        assertEquals("12d 23h", SpanWording.of("en").words(days));
        assertEquals("3h 7m", SpanWording.of("en").words(hours));
        assertEquals("59m", SpanWording.of("en").words(minutes));
        assertEquals("12天23小时", SpanWording.of("zh").words(days));
        assertEquals("3小时7分钟", SpanWording.of("zh").words(hours));
        assertEquals("59分钟", SpanWording.of("zh").words(minutes));
    }

    @Test
    void nothingAndLessThanAMinuteAndANegativeLengthAreZeroMinutes() {
        assertEquals("0m", SpanWording.of("en").words(Duration.ZERO));
        assertEquals("0m", SpanWording.of("en").words(Duration.ofSeconds(59)));
        assertEquals("0分钟", SpanWording.of("zh").words(Duration.ofMinutes(-5)));
    }

    @Test
    void aCountdownPastItsDueTimeIsNegativeAndAnAgeCountsUp() {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        assertEquals("-1d 2h", TemplateExtensions.countdown(now.minus(Duration.ofHours(26)), now, "en"));
        assertEquals("1d 2h", TemplateExtensions.countdown(now.plus(Duration.ofHours(26)), now, "en"));
        assertEquals("1天2小时", TemplateExtensions.age(now.minus(Duration.ofHours(26)), now, "zh"));
    }
}
