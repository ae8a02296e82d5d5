package arbiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;

import io.quarkus.scheduler.Scheduler;

/**
 * How many SQL statements one view of a page prepares, counted by Hibernate's statistics.
 *
 * <p>
 * Those statistics count the whole portal, so a background job (the refund relay runs every 5 s, the mail relay every
 * 10 s) that runs during the view adds its statements to the page's. The scheduler is paused while counting, and the
 * count is the fewest over three views: a page's own statements are the same on every view, so the fewest is the
 * page's, while a job that had already started when the scheduler paused can only add.
 */
@ApplicationScoped
public class PageStatements {

    private static final int VIEWS = 3;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    /**
     * The statements one view of {@code path} needs, after a first view that fills the caches any view may use.
     *
     * @throws AssertionError when a view does not answer 200
     */
    public long of(Browser browser, String path) throws Exception {
        scheduler.pause();
        try {
            assertEquals(200, browser.open(path).getWebResponse().getStatusCode(), path);
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < VIEWS; i++) {
                sessionFactory.getStatistics().clear();
                assertEquals(200, browser.open(path).getWebResponse().getStatusCode(), path);
                fewest = Math.min(fewest, sessionFactory.getStatistics().getPrepareStatementCount());
            }
            return fewest;
        } finally {
            scheduler.resume();
        }
    }
}
