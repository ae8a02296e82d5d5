package arbiter.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import arbiter.PortalProcess;
import arbiter.TestEnvironment;

/**
 * The packaged portal in the production profile refuses to start without its own settings, naming each one
 * that is missing or too short, and exits non-zero; with them it starts (the other ITs run that way).
 */
class ProductionStartIT {

    static final String DATABASE = "arbiter_production_start_it";
    static final int PORT = 8093;
    static final List<String> SETTINGS = List.of("ARBITER_SESSION_SECRET", "ARBITER_CSRF_KEY",
            "ARBITER_PAYMENT_SIGNING_KEY", "ARBITER_PORTAL_SECRET", "ARBITER_PAYMENT_WEBHOOK", "ARBITER_PUBLIC_ORIGIN");

    @BeforeAll
    static void database() {
        TestEnvironment.recreateDatabase(DATABASE);
    }

    @AfterAll
    static void dropDatabase() {
        TestEnvironment.dropDatabase(DATABASE);
    }

    @Test
    void withoutItsSettingsThePortalExitsNamingEachOne() throws Exception {
        Result result = start(Map.of());
        assertNotEquals(0, result.exitCode(), result.output());
        for (String setting : SETTINGS) {
            assertTrue(result.output().contains(setting + " is not set"), setting + " named: " + result.output());
        }
    }

    @Test
    void secretsShorterThan32BytesAreRefusedByName() throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(PortalProcess.loopbackSettings(PORT));
        settings.put("ARBITER_SESSION_SECRET", "short");
        settings.put("ARBITER_CSRF_KEY", "x".repeat(31));
        settings.put("ARBITER_PUBLIC_ORIGIN", "https://arbiter.example/with/a/path");
        Result result = start(settings);
        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("ARBITER_SESSION_SECRET is shorter than 32 bytes"), result.output());
        assertTrue(result.output().contains("ARBITER_CSRF_KEY is shorter than 32 bytes"), result.output());
        assertTrue(result.output().contains("ARBITER_PUBLIC_ORIGIN is not an origin"), result.output());
        assertTrue(!result.output().contains("ARBITER_PORTAL_SECRET"), "only what is wrong: " + result.output());
    }

    @Test
    void behindTlsEveryCookieIsSecureAndHstsIsSent() throws Exception {
        Process portal = PortalProcess.start(PORT, DATABASE, "production-tls-it", "arbiter.http.tls=true");
        try {
            // HTTP/1.1, as browsers speak it on http: Java's client would ask to upgrade to h2c (refused).
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            var signIn = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + PORT + "/disputes")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(302, signIn.statusCode());
            List<String> cookies = signIn.headers().allValues("Set-Cookie");
            assertTrue(!cookies.isEmpty() && cookies.stream().allMatch(c -> c.contains("Secure")), cookies.toString());

            var page = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + PORT + "/back-channel-logout"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("logout_token=x")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(400, page.statusCode());
            assertEquals("max-age=31536000; includeSubDomains",
                    page.headers().firstValue("Strict-Transport-Security").orElse(null));
        } finally {
            portal.destroy();
            portal.waitFor();
        }
    }

    @Test
    void withKeycloakDownSigningInIsA503ThatSaysSoNotA500() throws Exception {
        // Nothing listens on 8199: the portal starts without its identity service, as after a Keycloak outage.
        Process portal = PortalProcess.start(PORT, DATABASE, "production-no-keycloak-it",
                "arbiter.identity.origin=http://localhost:8199");
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            for (String language : List.of("en", "zh-CN")) {
                var page = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + PORT + "/disputes"))
                        .header("Accept-Language", language).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(503, page.statusCode(), page.body());
                assertTrue(page.body().contains(language.equals("en") ? "Sign-in is unavailable for a moment"
                        : "登录暂时不可用"), page.body());
            }
        } finally {
            portal.destroy();
            portal.waitFor();
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Result start(Map<String, String> environment) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Path log = Path.of("target", "production-start-it.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-Dquarkus.http.port=" + PORT,
                "-Dquarkus.management.port=" + (PORT + 1000),
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ARBITER_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(environment);
        Process portal = builder.start();
        if (!portal.waitFor(120, TimeUnit.SECONDS)) {
            portal.destroyForcibly().waitFor();
            throw new AssertionError("the portal kept running without its settings; see " + log);
        }
        return new Result(portal.exitValue(), Files.readString(log));
    }

    @Test
    void theListOfSettingsIsTheOneTheCheckKnows() {
        assertEquals(SETTINGS, DeploymentCheck.SETTINGS.stream().map(DeploymentCheck.Setting::variable).toList());
    }
}
