package arbiter.dispute;

import java.time.Duration;

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
}
