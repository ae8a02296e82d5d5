package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.DemoProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every page of every role, over the demo data of a first run ({@link DemoProfile}: {@value DemoProfile#DISPUTES}
 * cases in every status, with their chats, photos, rulings, notices, appeals and QA samples as the demo writes
 * them): each demo user ({@code arbiter1}, {@code arbiter2}, {@code super1}, {@code seller1}, {@code seller2})
 * signs in on Keycloak's real login page and walks, from the role's home, every link of the portal, and the
 * pages only reached by address (a case in each status, a ruling form of a case the user holds, each kind of
 * appeal and QA sample, each kind of notice and the seller's cases), a few of each kind of page
 * ({@link PageWalk}); every page passes {@link PageChecks}. All failures are reported together.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class EveryPageOfEveryRoleTest {

    // super1 first: the longest walk, so that the others share the second walker meanwhile.
    static final List<String> USERS = List.of("super1", "arbiter1", "arbiter2", "seller1", "seller2");
    static final int WALKS_AT_ONCE = 2;

    @Inject
    AgroalDataSource db;

    @Test
    void everyPageOfEveryRoleAnswersLoadsFitsAndPassesAxeAndTheHtmlChecker() throws Exception {
        DemoProfile.awaitDemo(db);
        List<PageChecks.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> walked = new ArrayList<>();
        long started = System.currentTimeMillis();
        // Two walks at a time, each in a Chromium of its own: a walk waits on the portal, its images and the checks
        // as much as it computes, so two of them share this machine's two cores (the walk took 204 s one user after
        // the other in CI).
        ExecutorService walkers = Executors.newFixedThreadPool(WALKS_AT_ONCE);
        try {
            List<Future<Set<String>>> walks = new ArrayList<>();
            for (String user : USERS) {
                Set<String> known = known(user);
                walks.add(walkers.submit(() -> PageWalk.walk(user, known, failures)));
            }
            for (int i = 0; i < USERS.size(); i++) {
                walked.add(USERS.get(i) + ": " + walks.get(i).get().size() + " pages");
            }
        } finally {
            walkers.shutdownNow();
        }
        String summary = walked + " in " + (System.currentTimeMillis() - started) / 1000 + " s";
        System.out.println("Walked " + summary);
        assertTrue(failures.isEmpty(), failures.size() + " failures over " + summary + ":\n"
                + failures.stream().map(Object::toString).distinct().collect(Collectors.joining("\n")));
    }

    /** The pages of {@code user}'s role that no link leads to, or that links lead to only a few of. */
    private Set<String> known(String user) {
        Set<String> pages = new LinkedHashSet<>();
        if (user.startsWith("seller")) {
            String shop = "shop-" + user.substring("seller".length());
            pages.addAll(rows("SELECT '/seller/notices/' || min(n.id) FROM penalty_notices n LEFT JOIN appeals a"
                    + " ON a.penalty_id = n.penalty_id WHERE n.shop_id = '" + shop + "'"
                    + " GROUP BY n.kind, a.state, n.first_read_at IS NULL"));
            pages.addAll(rows("SELECT '/seller/disputes/' || min(id) FROM disputes WHERE shop_id = '" + shop
                    + "' GROUP BY status"));
            pages.add("/seller/search?q=%E4%BB%93%E5%BA%93"); // 仓库, a word of the demo's chat: results, marked
            return pages;
        }
        pages.addAll(rows("SELECT '/disputes/' || min(id) FROM disputes GROUP BY status"));
        pages.add("/search?q=%E4%BB%93%E5%BA%93"); // 仓库, a word of the demo's chat: results, marked, paged
        pages.addAll(rows("SELECT '/disputes/' || min(id) || '/rulings/new' FROM disputes WHERE assignee = '"
                + user + "' AND status = 'IN_REVIEW'"));
        if (user.startsWith("super")) {
            pages.addAll(rows("SELECT '/supervision/appeals/' || min(id) FROM appeals GROUP BY state"));
            pages.addAll(rows("SELECT '/supervision/qa/' || min(id) FROM qa_samples"));
        }
        pages.removeIf(page -> page == null);
        return pages;
    }

    private List<String> rows(String query) {
        List<String> found = new ArrayList<>();
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            while (r.next()) {
                if (r.getString(1) != null) {
                    found.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
        return found;
    }
}
