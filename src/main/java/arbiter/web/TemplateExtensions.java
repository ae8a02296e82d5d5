package arbiter.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import arbiter.system.PlatformZone;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** Formatting for templates, so that templates hold no logic of their own. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A time as the viewer reads it: in the platform's zone, where the marketplace's people work. */
    public static String local(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PlatformZone.ZONE));
    }

    /**
     * A time as a {@code datetime} attribute holds it: ISO 8601 in UTC, to the millisecond at most (HTML allows
     * no more; the database keeps microseconds).
     */
    public static String datetime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Time left until {@code due} in the page's language ("2d 5h", "2天5小时"); negative when overdue. */
    static String countdown(Instant due, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return countdown(due, Instant.now(), Bundles.language(locale, variant));
    }

    /** Time since {@code since} in the page's language: "3d 4h", "3天4小时". */
    static String age(Instant since, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return age(since, Instant.now(), Bundles.language(locale, variant));
    }

    /**
     * Time left from {@code now} until {@code due} in "en" or "zh" (as {@link Bundles#language(Object)} names
     * them), "-" in front when overdue: what {@code {due.countdown}} shows, for pages that word many at once.
     */
    public static String countdown(Instant due, Instant now, String language) {
        Duration left = Duration.between(now, due);
        String words = span(left.abs(), language);
        return left.isNegative() ? "-" + words : words;
    }

    /** Time from {@code since} until {@code now} in "en" or "zh": what {@code {since.age}} shows. */
    public static String age(Instant since, Instant now, String language) {
        return span(Duration.between(since, now), language);
    }

    /** A length of time in the page's language; empty for none. */
    static String length(Duration duration, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return duration == null ? "" : span(duration, Bundles.language(locale, variant));
    }

    /**
     * A count with the English noun it counts, the singular for exactly one: {@code {shops.counted('shop', 'shops')}}
     * gives "1 shop", "2 shops", "0 shops". For the English bundles; Chinese words have no plural.
     */
    public static String counted(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** {@link #counted(long, String, String)} for an {@code int} count. */
    public static String counted(int count, String one, String many) {
        return counted((long) count, one, many);
    }

    /** Fen as the yuan a person types ("199.5" for 19950), for form fields. */
    static String yuan(Long fen) {
        return fen == null ? null : java.math.BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
    }

    /** A length of time in days and hours, hours and minutes, or minutes, worded by the bundle of {@code language}. */
    private static String span(Duration d, String language) {
        return SpanWording.of(language).words(d);
    }
}
