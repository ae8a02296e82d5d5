package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** One case, one holder: claiming, releasing, leases and supervisors' unlocking, against the real database. */
@QuarkusTest
class CaseClaimsTest {

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void takeNextClaimsTheMostUrgentUnclaimedCase() throws Exception {
        try (QueueFixture queue = new QueueFixture(dataSource, 3)) {
            Optional<Long> taken = claims.takeNext("arbiter1");

            assertEquals(queue.ids.get(0), taken.orElseThrow(), "the one due first");
            assertEquals("IN_REVIEW:arbiter1", queue.statusOf(taken.get()));
            assertEquals(queue.ids.get(1), claims.takeNext("arbiter2").orElseThrow(), "then the next one");
        }
    }

    @Test
    void twentyConcurrentTakersNeverGetTheSameCaseAndLoseNone() throws Exception {
        int cases = 200;
        try (QueueFixture queue = new QueueFixture(dataSource, cases)) {
            ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
            ExecutorService takers = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < 20; t++) {
                String arbitrator = "arbiter-" + t;
                takers.submit(() -> {
                    start.await();
                    for (int i = 0; i < cases / 20; i++) {
                        claims.takeNext(arbitrator).ifPresent(taken::add);
                    }
                    return null;
                });
            }
            start.countDown();
            takers.shutdown();
            assertTrue(takers.awaitTermination(2, TimeUnit.MINUTES));

            List<Long> all = new ArrayList<>(taken);
            Set<Long> distinct = new HashSet<>(all);
            assertEquals(all.size(), distinct.size(), "no case claimed twice");
            assertEquals(new HashSet<>(queue.ids), distinct, "every fixture case claimed, none lost");
        }
    }

    @Test
    void aCaseHeldBySomeoneElseCannotBeClaimedOrReleasedByAnother() throws Exception {
        try (QueueFixture queue = new QueueFixture(dataSource, 1)) {
            long id = queue.ids.get(0);
            assertTrue(claims.claim(id, "arbiter1"));

            assertFalse(claims.claim(id, "arbiter2"), "already held");
            assertFalse(claims.release(id, "arbiter2"), "not theirs to release");
            assertFalse(claims.renew(id, "arbiter2"), "not theirs to renew");
            assertEquals("IN_REVIEW:arbiter1", queue.statusOf(id));
        }
    }

    @Test
    void releasedCaseGoesBackToTheQueue() throws Exception {
        try (QueueFixture queue = new QueueFixture(dataSource, 1)) {
            long id = queue.ids.get(0);
            claims.claim(id, "arbiter1");

            assertTrue(claims.release(id, "arbiter1"));
            assertEquals("ESCALATED:", queue.statusOf(id));
        }
    }

    @Test
    void expiredLeaseReturnsTheCaseToTheQueue() throws Exception {
        try (QueueFixture queue = new QueueFixture(dataSource, 2)) {
            claims.claim(queue.ids.get(0), "arbiter1");
            claims.claim(queue.ids.get(1), "arbiter1");
            queue.expireLease(queue.ids.get(0));

            assertTrue(claims.releaseExpiredLeases() >= 1);
            assertEquals("ESCALATED:", queue.statusOf(queue.ids.get(0)));
            assertEquals("IN_REVIEW:arbiter1", queue.statusOf(queue.ids.get(1)), "a live lease stays");
        }
    }

    @Test
    void supervisorUnlocksOrReassignsAHeldCase() throws Exception {
        try (QueueFixture queue = new QueueFixture(dataSource, 2)) {
            claims.claim(queue.ids.get(0), "arbiter1");
            claims.claim(queue.ids.get(1), "arbiter1");

            assertTrue(claims.unlock(queue.ids.get(0)));
            assertTrue(claims.reassign(queue.ids.get(1), "arbiter2"));

            assertEquals("ESCALATED:", queue.statusOf(queue.ids.get(0)));
            assertEquals("IN_REVIEW:arbiter2", queue.statusOf(queue.ids.get(1)));
        }
    }
}
