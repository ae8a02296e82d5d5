package arbiter.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start a deployment without its own secrets and addresses (issue 12): outside the {@code dev},
 * {@code demo} and {@code test} profiles, whose demo values are public, every setting below must come from the
 * environment, the secrets at least {@value #MIN_SECRET_BYTES} bytes long (UTF-8). Every problem is named in
 * one message, so one failed start tells an operator everything to set.
 */
@ApplicationScoped
public class DeploymentCheck {

    /** Profiles that run on loopback with the repository's public demo values. */
    static final Set<String> DEMO_PROFILES = Set.of("dev", "demo", "test");
    static final int MIN_SECRET_BYTES = 32;

    /** A setting a deployment must make: its environment variable and the property it feeds. */
    record Setting(String variable, String property, Kind kind) {
    }

    enum Kind {
        SECRET,
        URL,
        ORIGIN
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting("ARBITER_SESSION_SECRET", "arbiter.secrets.session", Kind.SECRET),
            new Setting("ARBITER_CSRF_KEY", "arbiter.secrets.csrf", Kind.SECRET),
            new Setting("ARBITER_PAYMENT_SIGNING_KEY", "arbiter.secrets.payment-signing", Kind.SECRET),
            new Setting("ARBITER_PORTAL_SECRET", "arbiter.secrets.portal-client", Kind.SECRET),
            new Setting("ARBITER_PAYMENT_WEBHOOK", "arbiter.refunds.webhook-url", Kind.URL),
            new Setting("ARBITER_PUBLIC_ORIGIN", "arbiter.http.public-origin", Kind.ORIGIN));

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (ConfigUtils.getProfiles().stream().anyMatch(DEMO_PROFILES::contains)) {
            return;
        }
        List<String> problems = problems(ConfigProvider.getConfig());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The portal refuses to start outside the dev, demo and test profiles"
                    + " until these settings are made:\n  " + String.join("\n  ", problems));
        }
    }

    /** What is wrong with the deployment's settings, one line each; empty when nothing is. */
    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            Optional<String> value = config.getOptionalValue(setting.property(), String.class)
                    .map(String::strip).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                problems.add(setting.variable() + " is not set");
                continue;
            }
            String problem = switch (setting.kind()) {
                case SECRET -> value.get().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES
                        ? "is shorter than " + MIN_SECRET_BYTES + " bytes"
                        : null;
                case URL -> isHttpUrl(value.get(), false) ? null : "is not an http(s) URL";
                case ORIGIN -> isHttpUrl(value.get(), true) ? null
                        : "is not an origin (scheme://host[:port], nothing after it)";
            };
            if (problem != null) {
                problems.add(setting.variable() + " " + problem);
            }
        }
        // The platform's webhook for case events is optional (the platform may only read the feed); pushing to it
        // needs its own signing key.
        Optional<String> platformWebhook = config.getOptionalValue("arbiter.platform.webhook-url", String.class)
                .map(String::strip).filter(v -> !v.isEmpty());
        if (platformWebhook.isPresent()) {
            if (!isHttpUrl(platformWebhook.get(), false)) {
                problems.add("ARBITER_PLATFORM_WEBHOOK is not an http(s) URL");
            }
            String key = config.getOptionalValue("arbiter.secrets.platform-signing", String.class).orElse("").strip();
            if (key.isEmpty()) {
                problems.add("ARBITER_PLATFORM_SIGNING_KEY is not set (ARBITER_PLATFORM_WEBHOOK is)");
            } else if (key.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                problems.add("ARBITER_PLATFORM_SIGNING_KEY is shorter than " + MIN_SECRET_BYTES + " bytes");
            }
        }
        return problems;
    }

    private static boolean isHttpUrl(String value, boolean originOnly) {
        try {
            URI uri = new URI(value);
            boolean http = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            return http && (!originOnly || ((uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
