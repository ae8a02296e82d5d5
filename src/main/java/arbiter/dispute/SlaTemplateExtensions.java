package arbiter.dispute;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import arbiter.system.PlatformZone;
import arbiter.web.Bundles;
import arbiter.web.TemplateExtensions;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * The SLA's look and words on pages (DESIGN "Dispute lifecycle", the warning window and the paused clock):
 * {@code {r.dueAt.slaClass}} for a due time, and for a case's clock {@code {dispute.clock.slaClass}},
 * {@code {dispute.clock.words}} ("1d 4h", "paused · 41h 0m left", "ruled in 1d 7h, within SLA") and
 * {@code {dispute.clock.dueWords}} ("due 2027-02-08 14:00 (moved past the day off of 2027-02-06)").
 */
@TemplateExtension
public class SlaTemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** The due time's SLA state for styling: {@code overdue}, {@code due-soon} (within the warning window), or empty. */
    static String slaClass(Instant due) {
        return slaClass(due, Instant.now());
    }

    /** {@link #slaClass(Instant)} at {@code now}. */
    static String slaClass(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        if (left.isNegative()) {
            return "overdue";
        }
        return left.compareTo(SlaWarning.get()) < 0 ? "due-soon" : "";
    }

    /** The clock's state for styling now ({@link SlaClock#slaClass}). */
    static String slaClass(SlaClock clock) {
        return clock.slaClass(Instant.now(), SlaWarning.get());
    }

    /** How the clock reads now in the page's language ({@link #words(SlaClock, Instant, String)}). */
    static String words(SlaClock clock, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return words(clock, Instant.now(), Bundles.language(locale, variant));
    }

    /** The due time in the page's language, with the day off it was moved past if it was. */
    static String dueWords(SlaClock clock, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        DisputeMessages words = Bundles.in(DisputeMessages.class, Bundles.language(locale, variant));
        String due = words.clock_due(TemplateExtensions.local(clock.dueAt()));
        return clock.dueMovedFrom() == null ? due
                : due + " " + words.clock_moved(DAY.format(clock.dueMovedFrom().atZone(PlatformZone.ZONE)));
    }

    /**
     * How the clock reads at {@code now} in "en" or "zh": a running clock counts down ("1d 4h", "-2h 5m" when
     * overdue); a paused one says so with the time it had left; an ended one says how it ended ("ruled in 1d 7h,
     * within SLA", "withdrawn after 12h 0m", "awaiting approval since 2026-11-29 20:13; ruled in …").
     */
    public static String words(SlaClock clock, Instant now, String language) {
        SlaClock.State state = clock.state();
        if (state == SlaClock.State.RUNNING) {
            return TemplateExtensions.countdown(clock.dueAt(), now, language);
        }
        DisputeMessages words = Bundles.in(DisputeMessages.class, language);
        if (state == SlaClock.State.PAUSED) {
            Duration left = clock.left(now);
            String span = TemplateExtensions.age(Instant.EPOCH, Instant.EPOCH.plus(left.abs()), language);
            return left.isNegative() ? words.clock_paused_overdue(span) : words.clock_paused(span);
        }
        Duration took = clock.took();
        if (took == null) {
            return "—";
        }
        String span = TemplateExtensions.age(Instant.EPOCH, Instant.EPOCH.plus(took), language);
        if (state == SlaClock.State.WITHDRAWN) {
            return words.clock_withdrawn(span);
        }
        String ruled = clock.withinSla() ? words.clock_ruled_within(span) : words.clock_ruled_late(span);
        return state == SlaClock.State.PENDING
                ? words.clock_pending(TemplateExtensions.local(clock.stoppedAt()), ruled)
                : ruled;
    }

    /** The SLA warning window, looked up once (the configuration does not change while the portal runs). */
    static final class SlaWarning {
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
}
