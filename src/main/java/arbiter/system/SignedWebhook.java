package arbiter.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One delivery to a webhook of the portal's outboxes (refund instructions to the payment system, case events to the
 * order platform): a JSON {@code POST} with {@code Idempotency-Key} and the body's {@link WebhookSignature}. Any 2xx
 * answer acknowledges it.
 */
public final class SignedWebhook {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI url;
    private final String signingKey;
    private final Duration timeout;

    /** A webhook at {@code url} whose receiver checks signatures under {@code signingKey}. */
    public SignedWebhook(String url, String signingKey, Duration timeout) {
        this.url = URI.create(url);
        this.signingKey = signingKey;
        this.timeout = timeout;
    }

    /**
     * The webhook at {@code url} under {@code signingKey}, as a deployment configures it; empty without a URL.
     *
     * @throws IllegalStateException when there is a URL but no key (the deployment check refuses such a start)
     */
    public static Optional<SignedWebhook> of(Optional<String> url, Optional<String> signingKey, Duration timeout) {
        return url.filter(u -> !u.isBlank()).map(u -> new SignedWebhook(u, signingKey.filter(k -> !k.isBlank())
                .orElseThrow(() -> new IllegalStateException("A webhook " + u + " without a signing key")), timeout));
    }

    /**
     * Posts {@code body} (JSON) with {@code idempotencyKey}; empty when the webhook acknowledged it, else what went
     * wrong ("HTTP 503", or the connection's failure), for the outbox to record beside its next attempt.
     */
    public Optional<String> post(String idempotencyKey, String body) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .header(WebhookSignature.HEADER, WebhookSignature.of(body, signingKey))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + answer.statusCode());
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
