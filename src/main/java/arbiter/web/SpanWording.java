package arbiter.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A length of time in words of one language, as the queue shows it in every row ("2d 5h", "2天5小时"): the
 * bundle's patterns ({@code span_days_hours}, {@code span_hours_minutes}, {@code span_minutes}) are cut into
 * their literal text and placeholders once per language, so that a cell is one small append per part rather
 * than a search-and-replace of each placeholder (the queue page words a hundred lengths a request).
 */
final class SpanWording {

    private static final Map<String, SpanWording> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Pattern daysHours;
    private final Pattern hoursMinutes;
    private final Pattern minutes;

    private SpanWording(String language) {
        daysHours = Pattern.of(Labels.message(language, "span_days_hours"));
        hoursMinutes = Pattern.of(Labels.message(language, "span_hours_minutes"));
        minutes = Pattern.of(Labels.message(language, "span_minutes"));
    }

    /** The wording of "en" or "zh" (as {@link Labels#language(Object)} names them). */
    static SpanWording of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, SpanWording::new);
    }

    /** {@code d} in days and hours, hours and minutes, or minutes; a negative length words as zero minutes. */
    String words(Duration d) {
        if (d.toDays() > 0) {
            return daysHours.fill(d.toDays(), d.toHoursPart(), 0);
        }
        if (d.toHours() > 0) {
            return hoursMinutes.fill(0, d.toHours(), d.toMinutesPart());
        }
        return minutes.fill(0, 0, Math.max(0, d.toMinutes()));
    }

    /**
     * A pattern as literal parts and the placeholders {@code {days}}, {@code {hours}} and {@code {minutes}}
     * between them, in the order the language puts them.
     */
    private record Pattern(List<String> literals, List<Unit> units, int length) {

        private enum Unit {
            DAYS,
            HOURS,
            MINUTES
        }

        static Pattern of(String text) {
            List<String> literals = new ArrayList<>();
            List<Unit> units = new ArrayList<>();
            int from = 0;
            int open = text.indexOf('{');
            while (open >= 0) {
                int close = text.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                Unit unit = Unit.valueOf(text.substring(open + 1, close).toUpperCase(java.util.Locale.ROOT));
                literals.add(text.substring(from, open));
                units.add(unit);
                from = close + 1;
                open = text.indexOf('{', from);
            }
            literals.add(text.substring(from));
            return new Pattern(List.copyOf(literals), List.copyOf(units), text.length() + 8);
        }

        String fill(long days, long hours, long minutes) {
            StringBuilder words = new StringBuilder(length);
            for (int i = 0; i < units.size(); i++) {
                words.append(literals.get(i));
                words.append(switch (units.get(i)) {
                    case DAYS -> days;
                    case HOURS -> hours;
                    case MINUTES -> minutes;
                });
            }
            return words.append(literals.get(units.size())).toString();
        }
    }
}
