package arbiter.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import arbiter.dispute.Disputes;
import arbiter.identity.Role;
import arbiter.identity.StaffDirectory;
import arbiter.supervision.StatisticsReports;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.HttpServerStart;

/**
 * Loads the demo's disputes and their history once, on a fresh database, when the HTTP server has started (the
 * history delivers refunds to the demo payment receiver over HTTP): every case enters through the intake
 * service and is then worked through the real services ({@link DemoReplay}). A database that already has
 * disputes is left as it is, so a second run keeps its data. Until the load is done the portal reports itself
 * not ready ({@code /q/health/ready}), which {@code bin/run} waits for before it prints where to sign in.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    Disputes disputes;

    @Inject
    DemoSettings settings;

    @Inject
    DemoReplay replay;

    @Inject
    Clock clock;

    @Inject
    StatisticsReports statistics;

    @Inject
    StaffDirectory staff;

    private final AtomicBoolean loading = new AtomicBoolean();

    /** Quarkus announces the started HTTP server asynchronously. */
    void onHttpStart(@ObservesAsync HttpServerStart started) {
        if (!settings.enabled() || !loading.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                loadOnce();
            } catch (RuntimeException e) {
                LOG.error("Demo data: loading failed", e);
            } finally {
                loaded = true;
            }
        }, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    private volatile boolean loaded;

    /** Whether the demo data is loaded (or was found already there, or failed and was logged). */
    public boolean isLoaded() {
        return loaded;
    }

    private void loadOnce() {
        // The demo realm's staff, so a supervisor can reassign to them before each has signed in once.
        staff.learn("arbiter1", "Xiao Lin", Role.ARBITRATOR);
        staff.learn("arbiter2", null, Role.ARBITRATOR);
        staff.learn("super1", null, Role.SUPERVISOR);
        if (QuarkusTransaction.requiringNew().call(disputes::any)) {
            LOG.info("Demo data: disputes already present, nothing loaded");
            return;
        }
        long began = System.nanoTime();
        // Only the count is kept: the generated cases hold every demo photo, and must be garbage by the
        // collection below.
        int loadedCount = load(settings.seed(), settings.disputes()).size();
        LOG.infof("Demo data: %d disputes loaded in %d ms", loadedCount, (System.nanoTime() - began) / 1_000_000);
        // The statistics the page offers, with the demo's rulings in them (as a request would prepare them).
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            statistics.prepare();
        } finally {
            requests.terminate();
        }
        // The load drew every demo photo at once and left tens of MB of garbage in a heap grown to hold it; a
        // full collection now gives the heap back to the system (bin/jvm-options shrinks it after one), rather
        // than a demo portal keeping it until one happens by chance. Once per fresh demo, never in production.
        System.gc();
    }

    /**
     * Generates {@code count} demo cases from {@code seed}, escalated over the five weeks before now, brings
     * each in through the intake service and writes its history; returns them. Raises
     * {@link IllegalStateException} if a step of the history was refused by a service.
     */
    public List<DemoCase> load(long seed, int count) {
        Instant now = clock.instant().minus(Duration.ofSeconds(5));
        List<DemoCase> cases = DemoDisputes.generate(seed, count, now);
        DemoReplay.Replayed replayed = replay.replay(cases, now);
        if (replayed.failures() > 0) {
            throw new IllegalStateException(replayed.failures() + " step(s) of the demo history failed; see the log");
        }
        return cases;
    }

    /** Not ready while the demo data loads, so that nobody signs in to half a demo. */
    @Readiness
    @ApplicationScoped
    static class Loaded implements HealthCheck {

        @Inject
        DemoData demo;

        @Inject
        DemoSettings settings;

        @Override
        public HealthCheckResponse call() {
            boolean ready = !settings.enabled() || demo.isLoaded(); // through the bean, not a proxy's field
            return HealthCheckResponse.named("demo data").status(ready).build();
        }
    }
}
