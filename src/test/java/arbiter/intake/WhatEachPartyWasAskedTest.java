package arbiter.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.dispute.CaseClaims;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;
import arbiter.evidence.PhotoPipeline;
import arbiter.evidence.PhotoStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /api/v1/disputes/{id}} tells the platform what each party was asked for and what each sent, photos by
 * their SHA-256, so that it can show the buyer the same; it names no staff member.
 */
@QuarkusTest
class WhatEachPartyWasAskedTest {

    @Inject
    CaseClaims claims;

    @Inject
    EvidenceRequests requests;

    @Inject
    PhotoPipeline pipeline;

    @Test
    void theStateListsTheRequestsOfBothPartiesAndWhatEachSentByHash() {
        long id = IntakeRequests.newCase();
        String buyerPhoto = PhotoStore.sha256(IntakeRequests.photos().get("p2"));
        byte[] packed = TestPhotos.jpegWithGps("packed-" + UUID.randomUUID());
        assertTrue(claims.claim(id, "arbiter1"));
        assertEquals(2, requests.request(id, Set.of(Party.BUYER, Party.SELLER), "Photos of the label, please.",
                "arbiter1").size());
        requests.submit(id, Party.SELLER, "The label was sewn in; see the photo.",
                List.of(new EvidenceRequests.SubmittedPhoto(pipeline.process(packed), "标签特写")));

        String body = given().auth().oauth2(IntakeRequests.platformToken()).get("/api/v1/disputes/" + id)
                .then().statusCode(200).extract().asString();
        JsonPath state = JsonPath.from(body);

        List<Map<String, Object>> asked = state.getList("evidenceRequests");
        assertEquals(2, asked.size(), body);
        for (Map<String, Object> request : asked) {
            assertEquals("Photos of the label, please.", request.get("note"));
            Instant requestedAt = Instant.parse((String) request.get("requestedAt"));
            assertTrue(Instant.parse((String) request.get("dueAt")).isAfter(requestedAt));
            if (request.get("party").equals("SELLER")) {
                assertNotNull(request.get("answeredAt"), "the seller answered");
                assertNotNull(request.get("closedAt"));
            } else {
                assertEquals("BUYER", request.get("party"));
                assertNull(request.get("answeredAt"), "the buyer has not");
                assertNull(request.get("closedAt"));
            }
        }

        List<Map<String, Object>> sent = state.getList("submissions");
        assertEquals(2, sent.size(), body);
        assertEquals("BUYER", sent.get(0).get("party"), "the escalated evidence comes first");
        assertEquals(List.of(Map.of("sha256", buyerPhoto, "caption", "面料起球特写")), sent.get(0).get("photos"));
        assertNull(sent.get(0).get("statement"));
        assertEquals("SELLER", sent.get(1).get("party"));
        assertEquals("The label was sewn in; see the photo.", sent.get(1).get("statement"));
        assertEquals(List.of(Map.of("sha256", PhotoStore.sha256(packed), "caption", "标签特写")),
                sent.get(1).get("photos"));
        assertFalse(body.contains(PhotoStore.sha256(IntakeRequests.photos().get("p1"))),
                "a photo sent in the chat is part of the chat, not of what a party sent");
        assertFalse(body.contains("arbiter1"), "no staff member is named");
    }

    @Test
    void aNewCaseHasNoRequestsAndTheEscalatedEvidenceOnly() {
        long id = IntakeRequests.newCase();
        JsonPath state = given().auth().oauth2(IntakeRequests.platformToken()).get("/api/v1/disputes/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), state.getList("evidenceRequests"));
        assertEquals(1, state.getList("submissions").size());
        assertEquals("BUYER", state.getString("submissions[0].party"));
    }
}
