package arbiter.event;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where and how case events are pushed to the order platform (issue 15, DESIGN "Case events"). */
@ConfigMapping(prefix = "arbiter.platform")
public interface PlatformDelivery {

    /**
     * The platform's webhook for case events ({@code ARBITER_PLATFORM_WEBHOOK}). Without one, events are only
     * read from the feed ({@code GET /api/v1/events}) and none is pushed.
     */
    Optional<String> webhookUrl();

    /** The key of the HMAC-SHA256 signature the webhook checks ({@code ARBITER_PLATFORM_SIGNING_KEY}). */
    Optional<String> signingKey();

    /** Attempts before an event is FAILED and waits, with its case's later events, for a supervisor. */
    @WithDefault("10")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each one, up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration initialBackoff();

    @WithDefault("30m")
    Duration maxBackoff();

    /** How long one relay keeps an event to itself while it delivers it. */
    @WithDefault("60s")
    Duration lease();

    /** How long the relay waits for the webhook's answer. */
    @WithDefault("10s")
    Duration timeout();

    /** Events taken per round. */
    @WithDefault("50")
    int batch();

    /** Deliveries in flight at once from one relay. */
    @WithDefault("8")
    int senders();

    /** How often the relay looks for due events ("off" in tests, which run it themselves). */
    @WithDefault("2s")
    String relayEvery();

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    default Duration backoffAfter(int attempts) {
        return arbiter.system.Backoff.doubling(initialBackoff(), maxBackoff(), attempts);
    }
}
