package arbiter.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import arbiter.Mails;
import arbiter.TestEnvironment;
import arbiter.dispute.Dispute;
import arbiter.evidence.ChatMessage;
import arbiter.evidence.EvidenceItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The platform escalates disputes through the API, authorised by a real Keycloak token. */
@QuarkusTest
class IntakeApiTest {

    static String newExternalId() {
        return "TB-RF-TEST-" + UUID.randomUUID();
    }

    @Test
    void escalatedDisputeIsCreatedWithItsChatAndPhotos() {
        String externalId = newExternalId();
        Response created = IntakeRequests.post(IntakeRequests.dispute(externalId), IntakeRequests.photos());

        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/disputes/\\d+"))
                .body("caseNo", matchesPattern("AR-\\d{4}-\\d{7}"))
                .body("status", equalTo("ESCALATED"));
        long id = created.jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            Dispute dispute = Dispute.findById(id);
            assertEquals(externalId, dispute.externalId);
            assertEquals(59900, dispute.amountPaidMinor);
            assertEquals(dispute.escalatedAt.plusSeconds(72 * 3600), dispute.slaDueAt, "due 72 h after escalation");
            assertEquals(2, ChatMessage.count("dispute", dispute));
            assertEquals(2, EvidenceItem.count("dispute", dispute), "one chat photo, one evidence photo");
        });
        given().auth().oauth2(IntakeRequests.platformToken()).get(created.header("Location"))
                .then().statusCode(200)
                .body("externalId", equalTo(externalId))
                .body("status", equalTo("ESCALATED"));
    }

    @Test
    void sellerIsToldByMailThatThePlatformSteppedIn() throws Exception {
        String externalId = newExternalId();
        Map<String, Object> dispute = IntakeRequests.dispute(externalId);
        String address = "service+" + UUID.randomUUID() + "@shop-1.example";
        ((Map<String, Object>) dispute.get("seller")).put("email", address);

        String caseNo = IntakeRequests.post(dispute, IntakeRequests.photos()).then().statusCode(201)
                .extract().path("caseNo");

        Mails.await(subject -> subject.contains(caseNo), "the escalation mail of " + caseNo);
        List<MimeMessage> mails = List.of(TestEnvironment.mail().getReceivedMessagesForDomain(address));
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains(caseNo), mails.get(0).getSubject());
        String body = (String) mails.get(0).getContent();
        assertTrue(body.contains("4012345678901234") && body.contains("平台已介入") && body.contains("stepped in"), body);
    }

    @Test
    void sameSubmissionAgainAnswersTheSameCase() {
        String externalId = newExternalId();
        Map<String, Object> dispute = IntakeRequests.dispute(externalId);
        Map<String, byte[]> photos = IntakeRequests.photos();
        long first = IntakeRequests.post(dispute, photos).then().statusCode(201).extract().jsonPath().getLong("id");

        long again = IntakeRequests.post(dispute, photos).then().statusCode(200)
                .header("Location", notNullValue()).extract().jsonPath().getLong("id");

        assertEquals(first, again);
        assertEquals(1, StoredCounts.disputesWithExternalId(externalId));
    }

    @Test
    void sameExternalIdWithOtherContentIsAConflict() {
        String externalId = newExternalId();
        Map<String, Object> dispute = IntakeRequests.dispute(externalId);
        IntakeRequests.post(dispute, IntakeRequests.photos()).then().statusCode(201);
        dispute.put("buyerStatement", "换了一种说法的陈述。");
        StoredCounts before = StoredCounts.now();

        IntakeRequests.post(dispute, IntakeRequests.photos()).then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:arbiter:problem:conflicting-resubmission"));

        assertEquals(before, StoredCounts.now());
    }

    @Test
    void twoIdenticalRequestsRacingCreateOneCase() throws Exception {
        String externalId = newExternalId();
        String json = IntakeRequests.json(IntakeRequests.dispute(externalId));
        Map<String, byte[]> photos = IntakeRequests.photos();
        String token = IntakeRequests.platformToken();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> racers = List.of(1, 2, 3, 4).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return IntakeRequests.post(json, photos, token);
                })).toList();
        start.countDown();

        List<Response> responses = racers.stream().map(CompletableFuture::join).toList();
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), "exactly one created");
        assertEquals(3, responses.stream().filter(r -> r.statusCode() == 200).count(), "the others see it");
        assertEquals(1, responses.stream().map(r -> r.jsonPath().getLong("id")).distinct().count());
        assertEquals(1, StoredCounts.disputesWithExternalId(externalId));
    }

    @Test
    void requestWithoutTokenIsUnauthorizedAndStoresNothing() {
        StoredCounts before = StoredCounts.now();
        given().multiPart("dispute", IntakeRequests.json(IntakeRequests.dispute(newExternalId())), "application/json")
                .when().post("/api/v1/disputes")
                .then().statusCode(401);
        assertEquals(before, StoredCounts.now());
    }

    @Test
    void tokenWithoutTheIntakeRoleIsForbidden() {
        StoredCounts before = StoredCounts.now();
        IntakeRequests.post(IntakeRequests.json(IntakeRequests.dispute(newExternalId())), IntakeRequests.photos(),
                IntakeRequests.tokenWithoutIntakeRole()).then().statusCode(403);
        given().auth().oauth2(IntakeRequests.tokenWithoutIntakeRole()).get("/api/v1/disputes/1")
                .then().statusCode(403);
        assertEquals(before, StoredCounts.now());
    }

    @Test
    void unknownDisputeIsNotFound() {
        given().auth().oauth2(IntakeRequests.platformToken()).get("/api/v1/disputes/999999999")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void apiIsDescribedByOpenApiWithTheContractsExample() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/disputes"))
                .body(containsString("TB-RF-2026-000123"))
                .body(containsString("multipart/form-data"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
