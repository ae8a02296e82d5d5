package arbiter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The packaged portal as a process of its own, on loopback, for the tests that need several (*IT). */
public final class PortalProcess {

    private PortalProcess() {
    }

    /**
     * Starts the portal on {@code port} (its management interface on {@code port + 1000}) with {@code database},
     * mail mocked, and {@code -D} settings; waits until ready. It runs in the production profile, so it gets
     * secrets of its own, as a deployment would, and plain http on loopback.
     */
    public static Process start(int port, String database, String logName, String... settings) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("the packaged portal " + jar + " is missing (these tests run after package)");
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + (port + 1000),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/" + database,
                "-Dquarkus.mailer.mock=true"));
        for (String setting : settings) {
            command.add("-D" + setting);
        }
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Path.of("target", logName + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(loopbackSettings(port));
        Process portal = builder.start();
        awaitReady(port, portal, log);
        return portal;
    }

    /** What a production start on loopback needs: fresh secrets, its own address, no TLS. */
    public static java.util.Map<String, String> loopbackSettings(int port) {
        java.security.SecureRandom random = new java.security.SecureRandom();
        java.util.function.Supplier<String> secret = () -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return java.util.Base64.getEncoder().encodeToString(bytes);
        };
        return java.util.Map.of("ARBITER_SESSION_SECRET", secret.get(), "ARBITER_CSRF_KEY", secret.get(),
                "ARBITER_PAYMENT_SIGNING_KEY", "demo-payment-signing-key-change-me-0123456789",
                "ARBITER_PORTAL_SECRET", "portal-demo-secret-change-me-in-production-0123",
                "ARBITER_PUBLIC_ORIGIN", "http://localhost:" + port, "ARBITER_TLS", "false",
                "ARBITER_PAYMENT_WEBHOOK", "http://127.0.0.1:3099/refunds");
    }

    private static void awaitReady(int port, Process portal, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && portal.isAlive()) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (port + 1000) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal on " + port + " did not start; see " + log);
    }
}
