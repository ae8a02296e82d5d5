package arbiter.web;

import arbiter.dispute.SlaRules;
import arbiter.system.PlatformZone;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Formatting for templates, so that templates hold no logic of their own. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Label keys by constant, made once: the message lookup then hashes the same string every time. */
    private static final Map<Enum<?>, String> LABEL_KEYS = new ConcurrentHashMap<>();

    /** The message key naming an enum constant, e.g. {@code DisputeStatus_ESCALATED}. */
    static String labelKey(Enum<?> value) {
        return LABEL_KEYS.computeIfAbsent(value, v -> v.getDeclaringClass().getSimpleName() + "_" + v.name());
    }

    /** A time as the viewer reads it: in the platform's zone, where the marketplace's people work. */
    static String local(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PlatformZone.ZONE));
    }

    /** Time left until {@code due} as "2d 5h", "5h 12m" or "12m"; negative when overdue. */
    static String countdown(Instant due) {
        Duration left = Duration.between(Instant.now(), due);
        return (left.isNegative() ? "-" : "") + span(left.abs());
    }

    /** Time since {@code since}: "3d 4h", "5h 12m", "12m". */
    static String age(Instant since) {
        return span(Duration.between(since, Instant.now()));
    }

    /** A length of time as "3d 4h", "5h 12m" or "12m"; empty for none. */
    static String length(Duration duration) {
        return duration == null ? "" : span(duration);
    }

    /** The row's SLA state for styling: overdue, due within the warning window, or nothing. */
    static String slaClass(Instant due) {
        Duration left = Duration.between(Instant.now(), due);
        if (left.isNegative()) {
            return "overdue";
        }
        return left.compareTo(SlaWarning.get()) < 0 ? "due-soon" : "";
    }

    /** Fen as the yuan a person types ("199.5" for 19950), for form fields. */
    static String yuan(Long fen) {
        return fen == null ? null : java.math.BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
    }

    /** The SLA warning window, looked up once (the configuration does not change while the portal runs). */
    private static final class SlaWarning {
        private static volatile Duration warning;

        static Duration get() {
            Duration known = warning;
            if (known == null) {
                known = Arc.container().instance(SlaRules.class).get().warning();
                warning = known;
            }
            return known;
        }
    }

    private static String span(Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + "d " + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        return Math.max(0, d.toMinutes()) + "m";
    }
}
