package arbiter.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlImage;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.CaseNotes;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;
import arbiter.evidence.PhotoStore;
import arbiter.intake.IntakeRequests;
import arbiter.intake.TestPhotos;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 15, "Both parties see what they answer": on their own shop's case a seller sees the chat with its photos, the
 * buyer's evidence photos with their captions and the arbitrator's request, and can load those photos; another
 * shop's case and its photos are not found; staff notes never reach the seller's page.
 */
@QuarkusTest
class SellerSeesWhatTheyAnswerTest {

    @Inject
    CaseClaims claims;

    @Inject
    EvidenceRequests requests;

    @Inject
    CaseNotes notes;

    @Test
    void theSellerSeesTheChatAndTheBuyersPhotosOfTheirCaseAndCanLoadThem() throws Exception {
        byte[] chatPhoto = TestPhotos.jpegWithGps("chat-" + UUID.randomUUID());
        byte[] evidencePhoto = TestPhotos.jpegWithGps("evidence-" + UUID.randomUUID());
        String caption = "鞋底开胶的特写-" + UUID.randomUUID();
        long id = caseOf("shop-1", chatPhoto, evidencePhoto, caption);
        assertTrue(claims.claim(id, "arbiter1"));
        requests.request(id, Set.of(Party.SELLER), "Please send the photo of the parcel as it was packed.", "arbiter1");

        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            HtmlPage page = seller.openHtml("/seller/disputes/" + id);
            String text = page.asNormalizedText();
            assertTrue(text.contains("你好，衣服颜色不对"), "the buyer's chat message: " + text);
            assertTrue(text.contains("亲，色差是正常的哦"), "the shop's own chat message");
            assertTrue(text.contains(caption), "the caption of the buyer's evidence photo");
            assertTrue(text.contains("Please send the photo of the parcel as it was packed."), "the request");

            List<String> sources = page.getByXPath("//main//img").stream()
                    .map(img -> ((HtmlImage) img).getSrcAttribute()).toList();
            String chatHash = PhotoStore.sha256(chatPhoto);
            String evidenceHash = PhotoStore.sha256(evidencePhoto);
            assertTrue(sources.contains("/photos/" + chatHash + "/thumbnail"), "the chat's photo: " + sources);
            assertTrue(sources.contains("/photos/" + evidenceHash + "/thumbnail"), "the buyer's evidence photo");
            for (String hash : List.of(chatHash, evidenceHash)) {
                for (String size : List.of("thumbnail", "display")) {
                    assertEquals(200, seller.open("/photos/" + hash + "/" + size).getWebResponse().getStatusCode(),
                            hash + " " + size);
                }
            }
        }
    }

    @Test
    void anotherShopsCaseAndItsPhotosAreNotFoundWhileAPhotoInBothShopsCasesIsServedToBoth() throws Exception {
        byte[] theirs = TestPhotos.jpegWithGps("shop-2-only-" + UUID.randomUUID());
        byte[] shared = TestPhotos.jpegWithGps("both-shops-" + UUID.randomUUID());
        long other = caseOf("shop-2", theirs, shared, "另一家店的证据");
        long own = caseOf("shop-1", TestPhotos.jpegWithGps("shop-1-" + UUID.randomUUID()), shared, "本店纠纷里的同一张图");

        try (Browser seller1 = new Browser(); Browser seller2 = new Browser()) {
            seller1.signIn("seller1", "demo");
            seller2.signIn("seller2", "demo");
            assertEquals(404, seller1.open("/seller/disputes/" + other).getWebResponse().getStatusCode());
            assertEquals(200, seller1.open("/seller/disputes/" + own).getWebResponse().getStatusCode());
            assertEquals(404, seller2.open("/seller/disputes/" + own).getWebResponse().getStatusCode());
            for (String size : List.of("thumbnail", "display")) {
                String theirsPath = "/photos/" + PhotoStore.sha256(theirs) + "/" + size;
                String sharedPath = "/photos/" + PhotoStore.sha256(shared) + "/" + size;
                assertEquals(404, seller1.open(theirsPath).getWebResponse().getStatusCode(), "another shop's photo");
                assertEquals(200, seller2.open(theirsPath).getWebResponse().getStatusCode(), "their own photo");
                assertEquals(200, seller1.open(sharedPath).getWebResponse().getStatusCode(), "shared, for shop-1");
                assertEquals(200, seller2.open(sharedPath).getWebResponse().getStatusCode(), "shared, for shop-2");
            }
        }
    }

    @Test
    void staffNotesTheArbitratorsNameAndTheBuyersIdNeverAppearOnTheSellersPage() throws Exception {
        String note = "STAFF-ONLY-" + UUID.randomUUID() + " the seller's story does not add up";
        long id = caseOf("shop-1", TestPhotos.jpegWithGps("n-" + UUID.randomUUID()),
                TestPhotos.jpegWithGps("m-" + UUID.randomUUID()), "起球");
        assertTrue(claims.claim(id, "arbiter2"));
        assertTrue(notes.add(id, "arbiter2", note));
        requests.request(id, Set.of(Party.SELLER, Party.BUYER), "Photos of the label, please.", "arbiter2");

        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            String html = seller.open("/seller/disputes/" + id).getWebResponse().getContentAsString();
            assertTrue(html.contains("Photos of the label, please."), "the request to the shop is there");
            assertFalse(html.contains(note.substring(0, 47)), "the staff note is not on the page");
            assertFalse(html.contains("arbiter2"), "no staff member is named");
            assertFalse(html.contains("b-88123"), "the buyer's platform id is not shown");
        }
    }

    /** A case of {@code shop} whose chat carries {@code chatPhoto} and whose buyer sent {@code evidencePhoto}. */
    private static long caseOf(String shop, byte[] chatPhoto, byte[] evidencePhoto, String caption) {
        Map<String, Object> dispute = IntakeRequests.dispute("TB-SEE-" + UUID.randomUUID());
        IntakeRequests.shop(dispute, shop);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) dispute.get("evidence");
        evidence.get(0).put("caption", caption);
        Map<String, byte[]> photos = new LinkedHashMap<>();
        photos.put("p1", chatPhoto);
        photos.put("p2", evidencePhoto);
        return IntakeRequests.post(dispute, photos).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
