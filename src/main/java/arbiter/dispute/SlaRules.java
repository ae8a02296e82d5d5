package arbiter.dispute;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the platform gives itself to rule on an escalated dispute (DESIGN.md, "Dispute lifecycle"). */
@ConfigMapping(prefix = "arbiter.sla")
public interface SlaRules {

    /** From escalation to the due time of a ruling. */
    @WithDefault("72h")
    Duration resolution();

    /** A case with less than this left is flagged in the queue. */
    @WithDefault("4h")
    Duration warning();

    /** How long a claim holds a case without activity (DESIGN.md: 30 min, renewed by activity). */
    @WithDefault("30m")
    Duration lease();

    /** Activity renews a lease once it has run down by this much: a write every few minutes, not per page. */
    @WithDefault("5m")
    Duration leaseRenewalStep();

    /**
     * Days off of the business calendar (DESIGN "Dispute lifecycle"): dates ({@code 2027-02-05}) in the platform's
     * zone (Asia/Shanghai), comma-separated. A due time that falls on one moves to the same time of the next working
     * day ({@link BusinessCalendar}). None by default; a value that is not a date stops the portal at start, naming
     * the key and the value.
     */
    Optional<Set<LocalDate>> daysOff();
}
