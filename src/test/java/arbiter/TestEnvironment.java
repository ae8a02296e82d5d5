package arbiter;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * What every test stands on, real and local: the test database created anew and empty (the migrations
 * then build it at boot), and the real Keycloak with the development realm, started through
 * {@code bin/keycloak} unless one already answers, and stopped again if this run started it.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "arbiter_test";
    public static final String ADMIN_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String KEYCLOAK = "http://localhost:8180";
    public static final String REALM = KEYCLOAK + "/realms/arbitration";

    private boolean startedKeycloak;

    @Override
    public Map<String, String> start() {
        recreateDatabase(DATABASE);
        if (!keycloakAnswers()) {
            runKeycloakScript("start");
            startedKeycloak = true;
        }
        return Map.of();
    }

    @Override
    public void stop() {
        if (startedKeycloak) {
            runKeycloakScript("stop");
        }
    }

    public static void recreateDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(ADMIN_JDBC_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must answer on 127.0.0.1:5432 (bin/postgres starts it)", e);
        }
    }

    public static void dropDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(ADMIN_JDBC_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean keycloakAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void runKeycloakScript(String command) {
        try {
            Process process = new ProcessBuilder("bash", Path.of("bin", "keycloak").toString(), command)
                    .inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("bin/keycloak " + command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
