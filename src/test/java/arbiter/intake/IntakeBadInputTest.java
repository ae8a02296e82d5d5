package arbiter.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Bad input is refused whole: each case says which status and which named field it gets, and that nothing
 * at all was stored (no half case, no orphan photo).
 */
@QuarkusTest
class IntakeBadInputTest {

    /** Sends a request and checks the refusal and that the database is exactly as before. */
    static Response refused(String json, Map<String, byte[]> photos, int status, String... fields) {
        StoredCounts before = StoredCounts.now();
        Response response = IntakeRequests.post(json, photos, IntakeRequests.platformToken());
        response.then().statusCode(status).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("errors.field", hasItems(fields));
        assertEquals(before, StoredCounts.now(), "nothing stored");
        return response;
    }

    static Response refused(Consumer<Map<String, Object>> change, int status, String... fields) {
        Map<String, Object> dispute = IntakeRequests.dispute("TB-RF-BAD-" + UUID.randomUUID());
        change.accept(dispute);
        return refused(IntakeRequests.json(dispute), IntakeRequests.photos(), status, fields);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> order(Map<String, Object> dispute) {
        return (Map<String, Object>) dispute.get("order");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> chat(Map<String, Object> dispute, int i) {
        return (Map<String, Object>) ((List<Object>) dispute.get("chat")).get(i);
    }

    @Test
    void malformedJsonIsRefusedNamingTheJsonPart() {
        refused("{\"externalId\": \"x\", \"order\": {", IntakeRequests.photos(), 400, "dispute");
    }

    @Test
    void missingFieldsAreEachNamed() {
        refused(d -> {
            d.remove("reason");
            order(d).remove("amountPaid");
        }, 400, "reason", "order.amountPaid");
    }

    @Test
    void fieldsTheContractDoesNotKnowAreEachNamed() {
        refused(d -> {
            d.put("priority", "HIGH");
            order(d).put("discount", 100);
            chat(d, 0).put("read", true);
        }, 400, "priority", "order.discount", "chat[0].read");
    }

    @Test
    void negativeAndZeroAmountsAreRefused() {
        refused(d -> {
            order(d).put("amountPaid", -100);
            d.put("requestedRefund", 0);
        }, 400, "order.amountPaid", "requestedRefund");
    }

    @Test
    void refundAboveTheAmountPaidIsRefused() {
        refused(d -> d.put("requestedRefund", 60000), 400, "requestedRefund")
                .then().body("errors.message", hasItem(containsString("amountPaid")));
    }

    @Test
    void unknownReasonIsRefusedListingTheKnownOnes() {
        refused(d -> d.put("reason", "CHANGED_MY_MIND"), 400, "reason")
                .then().body("errors.message", hasItem(containsString("NOT_AS_DESCRIBED")));
    }

    @Test
    void aFractionOfAFenACaseFoldedReasonAndSecondsForADateAreEachNamedAndNothingIsStored() {
        refused(d -> {
            order(d).put("amountPaid", 59900.9);
            d.put("reason", "not_as_described");
            d.put("escalatedAt", 1_732_000_000);
        }, 400, "order.amountPaid", "reason", "escalatedAt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNumberInAStringAndANumberBeyondItsRangeAreRefused() {
        refused(d -> d.put("requestedRefund", "59900"), 400, "requestedRefund");
        refused(d -> d.put("requestedRefund", new java.math.BigInteger("9223372036854775808")), 400, "requestedRefund");
        refused(d -> ((Map<String, Object>) d.get("buyer")).put("nick", 12345), 400, "buyer.nick");
    }

    @Test
    void nullInEveryRequiredFieldIsRefusedNamingIt() {
        for (StrictIntakeJsonTest.Field field : StrictIntakeJsonTest.requiredFields()) {
            refused(d -> StrictIntakeJsonTest.set(d, field.steps(), null), 400, field.path());
        }
    }

    @Test
    void wrongTypeIsRefusedNamingTheField() {
        refused(d -> order(d).put("amountPaid", "five hundred"), 400, "order.amountPaid");
    }

    @Test
    void chatReferencingAMissingPhotoPartIsRefused() {
        refused(d -> chat(d, 0).put("photos", List.of("p1", "p7")), 400, "chat[0].photos[1]");
    }

    @Test
    void photoPartNoOneReferencesIsRefused() {
        Map<String, byte[]> photos = IntakeRequests.photos();
        photos.put("p9", TestPhotos.jpeg(40, 30));
        refused(IntakeRequests.json(IntakeRequests.dispute("TB-RF-BAD-" + UUID.randomUUID())), photos, 400, "p9");
    }

    @Test
    void datesInTheFutureAreRefused() {
        String tomorrow = OffsetDateTime.now().plusDays(1).toString();
        refused(d -> {
            d.put("escalatedAt", tomorrow);
            chat(d, 1).put("at", tomorrow);
        }, 400, "escalatedAt", "chat[1].at");
    }

    @Test
    void hundredThousandCharacterStatementIsRefused() {
        refused(d -> d.put("buyerStatement", "长".repeat(100_000)), 400, "buyerStatement");
    }

    @Test
    void missingJsonPartIsRefused() {
        refused("", IntakeRequests.photos(), 400, "dispute");
    }

    @Test
    void svgIsNotAnImageHere() {
        refusedPhoto("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect/></svg>"
                .getBytes(StandardCharsets.UTF_8), 415);
    }

    @Test
    void htmlNamedLikeAPhotoIsRefused() {
        refusedPhoto("<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 415);
    }

    @Test
    void jpegHeaderGluedToHtmlIsRefused() {
        refusedPhoto(TestPhotos.jpegHeaderThenHtml(), 415);
    }

    @Test
    void truncatedJpegIsRefused() {
        refusedPhoto(TestPhotos.truncated(TestPhotos.jpeg(800, 600)), 415);
    }

    @Test
    void truncatedPngIsRefused() {
        refusedPhoto(TestPhotos.truncated(TestPhotos.png(800, 600)), 415);
    }

    @Test
    void zeroByteFileIsRefused() {
        refusedPhoto(new byte[0], 415);
    }

    @Test
    void photoOverTenMebibytesIsTooLarge() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestPhotos.jpeg(64, 48), 0, big, 0, 100);
        refusedPhoto(big, 413);
    }

    @Test
    void fiftyThousandSquarePngIsRefusedBeforeDecoding() {
        long heapBefore = usedHeapAfterGc();
        refusedPhoto(TestPhotos.pngHeaderOnly(50_000, 50_000), 413)
                .then().body("errors.message", hasItem(containsString("pixels")));
        long grown = usedHeapAfterGc() - heapBefore;
        // Decoding it would need 10 GB; refusing it from the header costs next to nothing.
        assertTrue(grown < 64L * 1024 * 1024, "heap grew by " + grown / 1024 / 1024 + " MB");
    }

    @Test
    void requestOverFiftyMebibytesIsTooLarge() throws Exception {
        Map<String, byte[]> photos = IntakeRequests.photos();
        for (int i = 0; i < 6; i++) {
            photos.put("big" + i, new byte[9 * 1024 * 1024]);
        }
        StoredCounts before = StoredCounts.now();
        // "Expect: 100-continue", as a client sending 50 MiB should: the portal answers 413 from the declared
        // length before any of the body is sent. Without it the answer can race the client's upload, and the
        // client may see the closed connection instead of the 413.
        int status = IntakeRequests.postExpectingContinue(
                IntakeRequests.json(IntakeRequests.dispute("TB-RF-BAD-" + UUID.randomUUID())), photos,
                IntakeRequests.platformToken());

        assertEquals(413, status);
        assertEquals(before, StoredCounts.now());
    }

    /** The example request with its evidence photo replaced by {@code bytes}. */
    private static Response refusedPhoto(byte[] bytes, int status) {
        Map<String, byte[]> photos = IntakeRequests.photos();
        photos.put("p2", bytes);
        return refused(IntakeRequests.json(IntakeRequests.dispute("TB-RF-BAD-" + UUID.randomUUID())), photos,
                status, "p2");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
