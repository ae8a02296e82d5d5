package arbiter.demo;

import arbiter.identity.Role;
import arbiter.dispute.Dispute;
import arbiter.intake.DisputeIntake;
import arbiter.supervision.StatisticsReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the demo disputes at start, once: every case enters through the same intake service as the
 * platform's, then is brought to the status the demo wants. A database that already has disputes is left
 * as it is, so a second run keeps its data.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DemoSettings settings;

    @Inject
    DisputeIntake intake;

    @Inject
    DemoHistory history;

    @Inject
    Clock clock;

    @Inject
    StatisticsReports statistics;

    @jakarta.inject.Inject
    arbiter.identity.StaffDirectory staff;

    void onStart(@Observes StartupEvent start) {
        if (!settings.enabled()) {
            return;
        }
        // The demo realm's staff, so a supervisor can reassign to them before each has signed in once.
        staff.learn("arbiter1", "Xiao Lin", Role.ARBITRATOR);
        staff.learn("arbiter2", null, Role.ARBITRATOR);
        staff.learn("super1", null, Role.SUPERVISOR);
        if (QuarkusTransaction.requiringNew().call(() -> Dispute.count()) > 0) {
            LOG.info("Demo data: disputes already present, nothing loaded");
            return;
        }
        long began = System.nanoTime();
        int loaded = load(settings.seed(), settings.disputes()).size();
        LOG.infof("Demo data: %d disputes loaded in %d ms", loaded, (System.nanoTime() - began) / 1_000_000);
        statistics.prepare(); // the statistics the page offers, with the demo's rulings in them
    }

    /** Generates {@code count} demo cases and brings each in through the intake service; returns them. */
    public List<DemoCase> load(long seed, int count) {
        Instant now = clock.instant();
        List<DemoCase> cases = DemoDisputes.generate(seed, count, now);
        for (int i = 0; i < cases.size(); i++) {
            DemoCase demo = cases.get(i);
            Dispute dispute = intake.escalate(demo.submission(), demo.photos()).dispute();
            int serial = i;
            QuarkusTransaction.requiringNew().run(() -> history.bringTo(Dispute.findById(dispute.id), demo.status(),
                    serial, now));
        }
        return cases;
    }
}
