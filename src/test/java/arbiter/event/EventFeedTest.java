package arbiter.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.event.CaseEvents.CaseRef;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The case events feed {@code GET /api/v1/events?after&limit} (issue 15): a reader that follows {@code next} sees
 * every event exactly once, in each case's order, while events keep arriving, including ones whose transaction
 * commits after a later one's; a bad cursor or limit is a 400 problem, and the feed is the platform's alone.
 */
@QuarkusTest
class EventFeedTest {

    @Inject
    CaseEvents events;

    @Inject
    AgroalDataSource db;

    @Test
    void anEventCommittedLateIsNeverSkippedByACursorPastALaterOne() throws Exception {
        CaseRef slow = newCase();
        CaseRef quick = newCase();
        String start = tail();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            // The slow transaction writes first and commits last.
            Future<UUID> late = writer.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                UUID id = events.record(slow, CaseEventType.CASE_CLAIMED, CaseEvents.data());
                written.countDown();
                assertTrue(commit.await(30, TimeUnit.SECONDS));
                return id;
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS));
            UUID early = QuarkusTransaction.requiringNew()
                    .call(() -> events.record(quick, CaseEventType.CASE_CLAIMED, CaseEvents.data()));

            JsonPath whileOpen = page(start, 100).then().statusCode(200).extract().jsonPath();
            assertFalse(whileOpen.getList("events.id", String.class).contains(early.toString()),
                    "not served while an older transaction that may still write is open");
            commit.countDown();
            UUID lateId = late.get(30, TimeUnit.SECONDS);

            List<String> seen = new ArrayList<>();
            String cursor = whileOpen.getString("next");
            for (int i = 0; i < 50 && seen.size() < 2; i++) {
                JsonPath next = page(cursor, 100).then().statusCode(200).extract().jsonPath();
                next.getList("events", Map.class).forEach(e -> {
                    if (Set.of(slow.externalId(), quick.externalId()).contains(e.get("externalId"))) {
                        seen.add((String) e.get("id"));
                    }
                });
                cursor = next.getString("next");
            }
            assertEquals(List.of(lateId.toString(), early.toString()), seen,
                    "both once, the one whose transaction began first first");
        } finally {
            commit.countDown();
            writer.shutdownNow();
        }
    }

    @Test
    void aReaderFollowingNextSeesEveryEventOnceWhileEventsArrive() throws Exception {
        List<CaseRef> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(newCase());
        }
        Set<String> ours = new HashSet<>(cases.stream().map(CaseRef::externalId).toList());
        String cursor = tail();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<List<UUID>>> writing = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            writing.add(writers.submit(() -> {
                List<UUID> ids = new ArrayList<>();
                for (int n = 0; n < 40; n++) {
                    CaseRef about = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
                    ids.add(QuarkusTransaction.requiringNew().call(() -> {
                        UUID id = events.record(about, CaseEventType.EVIDENCE_RECEIVED, CaseEvents.data("n", 1));
                        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                        return id;
                    }));
                }
                return ids;
            }));
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, List<Integer>> sequences = new LinkedHashMap<>();
        boolean writersDone = false;
        for (int round = 0; round < 2_000; round++) {
            writersDone = writing.stream().allMatch(Future::isDone);
            JsonPath next = page(cursor, 7).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = next.getList("events");
            for (Map<String, Object> e : got) {
                String externalId = (String) e.get("externalId");
                if (!ours.contains(externalId)) {
                    continue;
                }
                seen.merge((String) e.get("id"), 1, Integer::sum);
                sequences.computeIfAbsent(externalId, k -> new ArrayList<>()).add((Integer) e.get("sequence"));
            }
            cursor = next.getString("next");
            if (writersDone && got.isEmpty()) {
                break;
            }
        }
        writers.shutdown();
        Set<String> written = new HashSet<>();
        for (Future<List<UUID>> w : writing) {
            w.get().forEach(id -> written.add(id.toString()));
        }
        assertEquals(120, written.size());
        assertEquals(written, seen.keySet(), "every event written was read");
        assertTrue(seen.values().stream().allMatch(times -> times == 1), "and none twice: " + seen);
        // Each case's events carry 1, 2, 3 … with no gap: the platform orders a case by its sequence.
        for (List<Integer> read : sequences.values()) {
            List<Integer> sorted = read.stream().sorted().toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, read.size()).boxed().toList(), sorted);
        }
    }

    /**
     * The feed orders transaction ids as numbers, also where they gain a digit (99, then 100): ordered as text, the
     * event of 100 came first and a cursor past it skipped the event of 99. The ids are written here, as old
     * transactions' ids are.
     */
    @Test
    void transactionIdsAreOrderedAsNumbersWhereTheyGainADigit() {
        CaseRef about = newCase();
        List<String> ids = new ArrayList<>();
        for (String tx : List.of("99", "100", "1000")) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Sql.run(db, "INSERT INTO case_events (id, tx, dispute_id, external_id, sequence, type, occurred_at, data,"
                    + " delivery) VALUES ('" + id + "', '" + tx + "', " + about.disputeId() + ", '" + about.externalId()
                    + "', " + (ids.size()) + ", 'CASE_CLAIMED', now(), '{}', 'DELIVERED')");
        }
        List<String> read = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 100_000 && read.size() < 3; i++) {
            JsonPath next = (cursor == null ? given().auth().oauth2(IntakeRequests.platformToken())
                    .queryParam("limit", 1).get("/api/v1/events") : page(cursor, 1))
                    .then().statusCode(200).extract().jsonPath();
            if (next.getList("events").isEmpty()) {
                break;
            }
            if (about.externalId().equals(next.getString("events[0].externalId"))) {
                read.add(next.getString("events[0].id"));
            }
            cursor = next.getString("next");
        }
        assertEquals(ids, read, "99, 100, 1000, one page at a time");
    }

    @Test
    void aBadCursorOrLimitIsA400ProblemNamingIt() {
        for (String malformed : List.of("abc", "1-", "-1", "1-2-3", " 1-2", "1-2 ", "1.2", "１-２",
                "123456789012345678901-1", "99999999999999999999-1", "1-1234567890123456789")) {
            given().auth().oauth2(IntakeRequests.platformToken()).queryParam("after", malformed)
                    .get("/api/v1/events").then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:arbiter:problem:malformed-cursor"));
        }
        given().auth().oauth2(IntakeRequests.platformToken()).queryParam("after", "1-2\u0000").get("/api/v1/events")
                .then().statusCode(400);
        given().auth().oauth2(IntakeRequests.platformToken()).queryParam("after", "1-999999999999999")
                .get("/api/v1/events").then().statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:arbiter:problem:unknown-cursor"));
        for (String limit : List.of("0", "-1", "1001", "x", "1e3", "99999999999")) {
            given().auth().oauth2(IntakeRequests.platformToken()).queryParam("limit", limit)
                    .get("/api/v1/events").then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:arbiter:problem:invalid-limit"));
        }
        given().get("/api/v1/events").then().statusCode(401);
        given().auth().oauth2(IntakeRequests.tokenWithoutIntakeRole()).get("/api/v1/events").then().statusCode(403);
    }

    @Test
    void aPageHoldsAtMostTheLimitAndAnEmptyPageKeepsTheCursor() {
        CaseRef about = newCase();
        String start = tail();
        for (int i = 0; i < 3; i++) {
            QuarkusTransaction.requiringNew()
                    .run(() -> events.record(about, CaseEventType.EVIDENCE_RECEIVED, CaseEvents.data()));
        }
        JsonPath two = page(start, 2).then().statusCode(200).extract().jsonPath();
        assertEquals(2, two.getList("events").size());
        assertEquals(two.getString("events[1].cursor"), two.getString("next"));
        String end = tail();
        JsonPath empty = page(end, 10).then().statusCode(200).extract().jsonPath();
        assertTrue(empty.getList("events").isEmpty());
        assertEquals(end, empty.getString("next"), "nothing new: ask from the same place again");
    }

    /** The cursor of the newest event the feed serves now. */
    private String tail() {
        String cursor = null;
        for (int i = 0; i < 10_000; i++) {
            JsonPath next = (cursor == null ? given().auth().oauth2(IntakeRequests.platformToken())
                    .queryParam("limit", 1000).get("/api/v1/events") : page(cursor, 1000))
                    .then().statusCode(200).extract().jsonPath();
            if (next.getList("events").isEmpty()) {
                return cursor;
            }
            cursor = next.getString("next");
        }
        throw new AssertionError("the feed did not end");
    }

    private static io.restassured.response.Response page(String after, int limit) {
        var request = given().auth().oauth2(IntakeRequests.platformToken()).queryParam("limit", limit);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.get("/api/v1/events");
    }

    private CaseRef newCase() {
        long id = IntakeRequests.newCase();
        return new CaseRef(id, Sql.text(db, "SELECT external_id FROM disputes WHERE id = " + id));
    }
}
