package arbiter.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.system.PlatformZone;

/**
 * The SLA's business calendar (DESIGN "Dispute lifecycle": "a configurable business calendar (days off) moves a due
 * time that falls on a day off"): a due time on a day off ({@code arbiter.sla.days-off}, dates in the platform's zone)
 * moves to the same time of day on the next working day, past any run of days off. With no days off configured
 * (the default) nothing moves.
 */
@ApplicationScoped
public class BusinessCalendar {

    private final Set<LocalDate> daysOff;

    @Inject
    BusinessCalendar(SlaRules rules) {
        this(rules.daysOff().orElse(Set.of()));
    }

    /** A calendar with these days off (dates in Asia/Shanghai). */
    BusinessCalendar(Set<LocalDate> daysOff) {
        this.daysOff = Set.copyOf(daysOff);
    }

    /**
     * A due time as the calendar places it.
     *
     * @param at the due time (UTC instant), on a working day
     * @param movedFrom the due time before it was moved past days off (UTC instant); null when it was not moved
     */
    public record Due(Instant at, Instant movedFrom) {
    }

    /** Where {@code due} (UTC) falls: itself on a working day, else the same time of the next working day. */
    public Due place(Instant due) {
        ZonedDateTime local = due.atZone(PlatformZone.ZONE);
        ZonedDateTime moved = local;
        // Bounded by the number of days off, so a calendar of consecutive days cannot loop for ever.
        for (int i = 0; i <= daysOff.size() && daysOff.contains(moved.toLocalDate()); i++) {
            moved = moved.plusDays(1);
        }
        return moved.equals(local) ? new Due(due, null) : new Due(moved.toInstant(), due);
    }

    /** Whether the calendar has days off at all. */
    public boolean hasDaysOff() {
        return !daysOff.isEmpty();
    }
}
