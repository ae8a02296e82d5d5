package arbiter.ruling;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where and how refund instructions are delivered to the payment system (DESIGN.md, "Forced refund"). */
@ConfigMapping(prefix = "arbiter.refunds")
public interface RefundDelivery {

    /**
     * The payment system's webhook ({@code ARBITER_PAYMENT_WEBHOOK}). Empty only where the portal refuses to start
     * without it (system/DeploymentCheck), or in a test that sets none.
     */
    java.util.Optional<String> webhookUrl();

    /** The key of the HMAC-SHA256 signature the webhook checks ({@code ARBITER_PAYMENT_SIGNING_KEY}, likewise). */
    java.util.Optional<String> signingKey();

    /** Attempts before an instruction is FAILED and waits for a supervisor. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each one, up to {@link #maxBackoff()}. */
    @WithDefault("10s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long one relay keeps an instruction to itself while it delivers it. */
    @WithDefault("60s")
    Duration lease();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("20")
    int batch();

    /** How often the relay looks for due instructions ("off" in tests, which run it themselves). */
    @WithDefault("5s")
    String relayEvery();

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    default Duration backoffAfter(int attempts) {
        return arbiter.system.Backoff.doubling(initialBackoff(), maxBackoff(), attempts);
    }
}
