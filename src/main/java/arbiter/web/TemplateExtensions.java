package arbiter.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formatting for templates, so that templates hold no logic of their own. */
@TemplateExtension
public class TemplateExtensions {

    /** Times are stored as instants and shown in the viewer's zone; the platform's zone for now. */
    static final ZoneId VIEWER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The message key naming an enum constant, e.g. {@code DisputeStatus_ESCALATED}. */
    static String labelKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "_" + value.name();
    }

    static String local(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIEWER_ZONE));
    }

    /** Time left until {@code due} as "2d 5h", "5h 12m" or "12m"; negative when overdue. */
    static String countdown(Instant due) {
        Duration left = Duration.between(Instant.now(), due);
        String sign = left.isNegative() ? "-" : "";
        left = left.abs();
        if (left.toDays() > 0) {
            return sign + left.toDays() + "d " + left.toHoursPart() + "h";
        }
        if (left.toHours() > 0) {
            return sign + left.toHours() + "h " + left.toMinutesPart() + "m";
        }
        return sign + left.toMinutes() + "m";
    }
}
