package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reused photos end to end (issue 17), through the intake API: a photo sent again in a case of another shop is "the
 * same photo", a half-size re-encoded copy "a nearly identical photo", both ways round; the queue marks each case
 * concerned and no other; the supervisors' list groups them; bad paging input gets a 400, arbitrators a 403. Photos
 * whose hash and matches were forgotten (as V31 forgets them) are hashed again by the backfill job and found again;
 * a photo it cannot hash is given up on once.
 */
@QuarkusTest
class ReusedPhotosTest {

    @Inject
    AgroalDataSource db;

    @Inject
    PerceptualHashBackfill backfill;

    /** A photo no other test sends: blocks of random brightness, which no other photo's hash comes near. */
    static BufferedImage unique(Random random) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int by = 0; by < 12; by++) {
            for (int bx = 0; bx < 16; bx++) {
                int grey = random.nextInt(256);
                int rgb = (grey << 16) | (Math.min(255, grey + 20) << 8) | Math.max(0, grey - 20);
                for (int y = by * 40; y < by * 40 + 40; y++) {
                    for (int x = bx * 40; x < bx * 40 + 40; x++) {
                        image.setRGB(x, y, rgb);
                    }
                }
            }
        }
        return image;
    }

    /** A new case of that shop and buyer whose one photo, sent by the buyer in the chat, is {@code photo}. */
    private static long caseWith(String shop, String buyer, byte[] photo) {
        Map<String, Object> dispute = IntakeRequests.dispute("TB-RP-" + UUID.randomUUID());
        IntakeRequests.shop(dispute, shop);
        @SuppressWarnings("unchecked")
        Map<String, Object> buyerPart = (Map<String, Object>) dispute.get("buyer");
        buyerPart.put("id", buyer);
        dispute.put("evidence", new ArrayList<>());
        return IntakeRequests.post(dispute, Map.of("p1", photo)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private String caseNo(long id) {
        return Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + id);
    }

    @Test
    void aPhotoInAnotherCaseIsMarkedOnBothCasesTheQueueAndTheSupervisorsList() throws Exception {
        Random random = new Random();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String shopA = "shop-ra-" + run;
        String shopB = "shop-rb-" + run;
        String shopC = "shop-rc-" + run;
        byte[] same = PerceptualHashTest.jpeg(unique(random), 0.9f);
        BufferedImage original = unique(random);
        byte[] nearCopy = PerceptualHashTest.jpeg(PerceptualHashTest.resized(original, 320, 240), 0.9f);

        long first = caseWith(shopA, "b-ra-" + run, same);
        long again = caseWith(shopB, "b-rb-" + run, same);
        long originalCase = caseWith(shopA, "b-rc-" + run, PerceptualHashTest.jpeg(original, 0.9f));
        long copyCase = caseWith(shopB, "b-rd-" + run, nearCopy);
        long unrelated = caseWith(shopC, "b-re-" + run, PerceptualHashTest.jpeg(unique(random), 0.9f));
        long laterOfTheFirstBuyer = caseWith(shopC, "b-ra-" + run, PerceptualHashTest.jpeg(unique(random), 0.9f));
        byte[] twice = PerceptualHashTest.jpeg(unique(random), 0.9f);
        caseWith(shopC, "b-rf-" + run, twice);
        long twiceInOneShop = caseWith(shopC, "b-rg-" + run, twice);

        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String shopName = "暖冬服饰旗舰店"; // the example's shop name, every shop's here
            String onAgain = browser.openHtml("/disputes/" + again).asNormalizedText();
            assertTrue(onAgain.contains("The same photo is in " + caseNo(first)), onAgain);
            assertTrue(onAgain.contains("Buyer · " + shopName + " · Escalated"), "who sent it, the shop, the case's state");
            String onFirst = browser.openHtml("/disputes/" + first).asNormalizedText();
            assertTrue(onFirst.contains("The same photo is in " + caseNo(again)), "the earlier case is marked too");

            HtmlPage copyPage = browser.openHtml("/disputes/" + copyCase);
            String onCopy = copyPage.asNormalizedText();
            assertTrue(onCopy.matches("(?s).*A nearly identical photo is in " + caseNo(originalCase)
                    + " \\(\\d+ of 64 bits differ\\).*"), onCopy);
            List<DomElement> compared = copyPage.getByXPath("//div[@class='reuse-compare']//img");
            assertEquals(2, compared.size(), "the two photos side by side");
            assertFalse(compared.get(0).getAttribute("src").equals(compared.get(1).getAttribute("src")));
            assertTrue(browser.openHtml("/disputes/" + originalCase).asNormalizedText()
                    .contains("A nearly identical photo is in " + caseNo(copyCase)));

            String later = browser.openHtml("/disputes/" + laterOfTheFirstBuyer).asNormalizedText();
            assertTrue(later.contains("The buyer's other cases of the last 365 days with a photo they sent that is also"
                    + " in another case: 1"), "the buyer's record counts their reused photos: " + later);

            HtmlPage alone = browser.openHtml("/disputes/" + unrelated);
            assertTrue(alone.getByXPath("//ul[@class='reuse-marks']").isEmpty(), "a photo in no other case: no mark");

            for (long id : List.of(first, again, originalCase, copyCase, unrelated)) {
                String shop = id == first || id == originalCase ? shopA : id == unrelated ? shopC : shopB;
                String row = browser.openHtml("/disputes?status=ESCALATED&shop=" + shop)
                        .<DomElement> getFirstByXPath("//tr[td/a[@href='/disputes/" + id + "']]").asNormalizedText();
                assertEquals(id != unrelated, row.contains("Photo also in another case"), id + ": " + row);
            }

            HtmlPage list = browser.openHtml("/supervision/reused-photos");
            String together = list.<DomElement> getFirstByXPath("//section[.//a[@href='/disputes/" + first + "']]")
                    .asNormalizedText();
            assertTrue(together.contains(caseNo(again)) && together.contains("2 cases, 2 shops"), together);
            String near = list.<DomElement> getFirstByXPath("//section[.//a[@href='/disputes/" + copyCase + "']]")
                    .asNormalizedText();
            assertTrue(near.contains(caseNo(originalCase)), near);
            String oneShop = list.<DomElement> getFirstByXPath("//section[.//a[@href='/disputes/" + twiceInOneShop
                    + "']]").asNormalizedText();
            assertTrue(oneShop.contains("2 cases, 1 shop") && !oneShop.contains("1 shops"), oneShop);
            assertFalse(list.asNormalizedText().contains(caseNo(unrelated)));

            for (String bad : List.of("abc", "0", "-1", "1.5", "9".repeat(19), "%00")) {
                assertEquals(400, browser.open("/supervision/reused-photos?before=" + bad).getWebResponse()
                        .getStatusCode(), bad);
            }
            assertEquals(200, browser.open("/supervision/reused-photos?before=1").getWebResponse().getStatusCode());
        }
        try (Browser arbitrator = new Browser()) {
            arbitrator.signIn("arbiter1", "demo");
            assertEquals(403, arbitrator.open("/supervision/reused-photos").getWebResponse().getStatusCode());
        }
    }

    @Test
    void photosHashedAgainByTheBackfillFindTheirReuseAgain() {
        Random random = new Random();
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] same = PerceptualHashTest.jpeg(unique(random), 0.9f);
        BufferedImage original = unique(random);
        byte[] originalBytes = PerceptualHashTest.jpeg(original, 0.9f);
        byte[] nearCopy = PerceptualHashTest.jpeg(PerceptualHashTest.resized(original, 320, 240), 0.9f);
        caseWith("shop-ba-" + run, "b-ba-" + run, same);
        caseWith("shop-bb-" + run, "b-bb-" + run, same);
        caseWith("shop-ba-" + run, "b-bc-" + run, originalBytes);
        caseWith("shop-bb-" + run, "b-bd-" + run, nearCopy);
        List<String> photos = List.of(PhotoStore.sha256(same), PhotoStore.sha256(originalBytes),
                PhotoStore.sha256(nearCopy));
        String in = "('" + String.join("','", photos) + "')";
        long intakeHash = Sql.number(db, "SELECT perceptual_hash FROM photos WHERE sha256 = '" + photos.get(1) + "'");
        assertEquals(2, Sql.number(db, "SELECT count(*) FROM photo_matches WHERE photo IN " + in));
        assertEquals(3, Sql.number(db, "SELECT count(*) FROM photos WHERE reuse_cluster IS NOT NULL AND sha256 IN " + in));

        // What V31 does to every photo, here to these three.
        Sql.run(db, "DELETE FROM photo_matches WHERE photo IN " + in + " OR similar_photo IN " + in);
        Sql.run(db, "UPDATE photos SET perceptual_hash = NULL, reuse_cluster = NULL WHERE sha256 IN " + in);
        while (backfill.hashBatch() > 0) {
            // until every forgotten photo is hashed again
        }

        assertEquals(0, Sql.number(db, "SELECT count(*) FROM photos WHERE perceptual_hash IS NULL AND sha256 IN " + in));
        long rehashed = Sql.number(db, "SELECT perceptual_hash FROM photos WHERE sha256 = '" + photos.get(1) + "'");
        assertTrue(PerceptualHash.distance(intakeHash, rehashed) <= 4,
                "the display rendition hashes like the photo: " + PerceptualHash.distance(intakeHash, rehashed));
        assertEquals(2, Sql.number(db, "SELECT count(*) FROM photo_matches WHERE photo IN " + in),
                "the original and its copy are a pair again, both ways round");
        assertEquals(1, Sql.number(db, "SELECT count(DISTINCT reuse_cluster) FROM photos WHERE sha256 IN ('"
                + photos.get(1) + "','" + photos.get(2) + "') AND reuse_cluster IS NOT NULL"));
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM photos WHERE reuse_cluster IS NOT NULL AND sha256 = '"
                + photos.get(0) + "'"), "the same photo in two cases is clustered again");

        // A photo whose display rendition is gone cannot be hashed: given up on once, not taken again.
        byte[] lost = PerceptualHashTest.jpeg(unique(random), 0.9f);
        caseWith("shop-ba-" + run, "b-be-" + run, lost);
        String lostSha = PhotoStore.sha256(lost);
        Sql.run(db, "DELETE FROM photo_variants WHERE variant = 'DISPLAY' AND sha256 = '" + lostSha + "'");
        Sql.run(db, "UPDATE photos SET perceptual_hash = NULL WHERE sha256 = '" + lostSha + "'");
        while (backfill.hashBatch() > 0) {
            // until nothing hashable is left
        }
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM photos WHERE perceptual_hash IS NULL"
                + " AND hash_given_up_at IS NOT NULL AND sha256 = '" + lostSha + "'"), "given up on, with the time");
        assertEquals(0, backfill.hashBatch(), "and not taken again");
    }
}
