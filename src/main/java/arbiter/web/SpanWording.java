package arbiter.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A length of time in words of one language, as the queue shows it in every row ("2d 5h", "2天5小时"), from the
 * {@code page} bundle's {@code span_days_hours}, {@code span_hours_minutes} and {@code span_minutes}. Each wording is
 * asked of the bundle once and then kept (the queue words a hundred lengths a request, most of them the same few):
 * at most {@value #KEPT} per language, beyond which a wording is made each time.
 */
final class SpanWording {

    private static final int KEPT = 20_000;
    private static final Map<String, SpanWording> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final PageMessages words;
    private final Map<Long, String> kept = new ConcurrentHashMap<>();

    private SpanWording(String language) {
        words = Bundles.in(PageMessages.class, language);
    }

    /** The wording of "en" or "zh" (as {@link Bundles#language(Object)} names them). */
    static SpanWording of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, SpanWording::new);
    }

    /** {@code d} in days and hours, hours and minutes, or minutes; a negative length words as zero minutes. */
    String words(Duration d) {
        if (d.toDays() > 0) {
            return word(0, d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return word(1, d.toHours(), d.toMinutesPart());
        }
        return word(2, Math.max(0, d.toMinutes()), 0);
    }

    /** Pattern 0 (days, hours), 1 (hours, minutes) or 2 (minutes) filled with {@code first} and {@code second}. */
    private String word(int pattern, long first, long second) {
        if (first >= 1L << 40) {
            return fill(pattern, first, second);
        }
        long key = (long) pattern << 62 | first << 8 | second;
        String word = kept.get(key);
        if (word == null) {
            word = fill(pattern, first, second);
            if (kept.size() < KEPT) {
                kept.put(key, word);
            }
        }
        return word;
    }

    private String fill(int pattern, long first, long second) {
        return switch (pattern) {
            case 0 -> words.span_days_hours(first, second);
            case 1 -> words.span_hours_minutes(first, second);
            default -> words.span_minutes(first);
        };
    }
}
