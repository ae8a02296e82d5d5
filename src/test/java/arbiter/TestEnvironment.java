package arbiter;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

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

    public static final int SMTP_PORT = 3025;
    private static GreenMail mail;

    private boolean startedKeycloak;

    /** The SMTP server the portal sends to in tests; what it received is what a shop would have. */
    public static GreenMail mail() {
        return mail;
    }

    @Override
    public Map<String, String> start() {
        recreateDatabase(DATABASE);
        startMail();
        startedKeycloak = ensureKeycloak();
        return Map.of();
    }

    /** Starts the test SMTP server (anew: what an earlier one received is gone). */
    public static void startMail() {
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** Stops the test SMTP server, as a mail server that is down: connections to it are refused. */
    public static void stopMail() {
        mail.stop();
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.stop();
        }
        if (startedKeycloak) {
            stopKeycloak();
        }
    }

    /** Starts Keycloak through bin/keycloak unless one answers already; true when this call started it. */
    public static boolean ensureKeycloak() {
        if (keycloakAnswers()) {
            return false;
        }
        requireSuccess(runKeycloakScript("start"), "start");
        return true;
    }

    public static void stopKeycloak() {
        requireSuccess(runKeycloakScript("stop"), "stop");
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
        return runKeycloakScript("status") == 0;
    }

    private static int runKeycloakScript(String command) {
        try {
            return new ProcessBuilder("bash", Path.of("bin", "keycloak").toString(), command)
                    .inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireSuccess(int exitCode, String command) {
        if (exitCode != 0) {
            throw new IllegalStateException("bin/keycloak " + command + " failed with exit code " + exitCode);
        }
    }
}
