package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.intake.IntakeRequests;
import arbiter.intake.TestPhotos;
import io.quarkus.test.junit.QuarkusTest;

/** Photos are served re-encoded, cacheable, and only to those who may see a case that holds them. */
@QuarkusTest
class PhotoServingTest {

    static final String GPS = "31.2304N-121.4737E-" + UUID.randomUUID();
    static String exifPhoto;
    static String webpPhoto;

    /** Once per class, when the portal is up (a static @BeforeAll would run before it starts). */
    @BeforeEach
    void escalateACaseOfShop1() {
        if (exifPhoto != null) {
            return;
        }
        byte[] withGps = TestPhotos.jpegWithGps(GPS);
        byte[] webp = TestPhotos.webp();
        Map<String, byte[]> photos = new LinkedHashMap<>();
        photos.put("p1", withGps);
        photos.put("p2", webp);
        IntakeRequests.post(IntakeRequests.dispute("TB-RF-PHOTO-" + UUID.randomUUID()), photos).then().statusCode(201);
        exifPhoto = PhotoStore.sha256(withGps);
        webpPhoto = PhotoStore.sha256(webp);
    }

    @Test
    void arbitratorGetsTheThumbnailWithCachingHeaders() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            WebResponse response = browser.open("/photos/" + exifPhoto + "/thumbnail").getWebResponse();

            assertEquals(200, response.getStatusCode());
            assertEquals("image/jpeg", response.getContentType());
            assertEquals("nosniff", response.getResponseHeaderValue("X-Content-Type-Options"));
            assertTrue(response.getResponseHeaderValue("Cache-Control").contains("max-age=31536000"));
            assertTrue(response.getResponseHeaderValue("Cache-Control").contains("private"));
            assertNotNull(response.getResponseHeaderValue("ETag"));
        }
    }

    @Test
    void unchangedPhotoAnswersNotModified() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            browser.client().getCache().setMaxSize(0); // ask the portal, not the browser's own cache
            String etag = browser.open("/photos/" + exifPhoto + "/display").getWebResponse()
                    .getResponseHeaderValue("ETag");
            WebRequest again = new WebRequest(new URL(Browser.PORTAL + "/photos/" + exifPhoto + "/display"));
            again.setAdditionalHeader("If-None-Match", etag);

            assertEquals(304, browser.client().loadWebResponse(again).getStatusCode());
        }
    }

    @Test
    void noExifOrGpsLeavesTheServer() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            for (String size : new String[] { "thumbnail", "display" }) {
                byte[] served = browser.open("/photos/" + exifPhoto + "/" + size).getWebResponse()
                        .getContentAsStream().readAllBytes();
                String text = new String(served, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("Exif"), size + " carries no Exif segment");
                assertFalse(text.contains(GPS), size + " carries no GPS");
                assertNotNull(ImageIO.read(new ByteArrayInputStream(served)), size + " is a valid image");
            }
        }
    }

    @Test
    void webpIsAcceptedAndServedAsJpeg() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            WebResponse response = browser.open("/photos/" + webpPhoto + "/display").getWebResponse();

            assertEquals(200, response.getStatusCode());
            BufferedImage image = ImageIO.read(response.getContentAsStream());
            assertEquals(24, image.getWidth());
            assertEquals(16, image.getHeight());
        }
    }

    @Test
    void sellerSeesPhotosOfTheirOwnShopOnly() throws Exception {
        try (Browser own = new Browser(); Browser other = new Browser()) {
            own.signIn("seller1", "demo");
            other.signIn("seller2", "demo");

            assertEquals(200, own.open("/photos/" + exifPhoto + "/thumbnail").getWebResponse().getStatusCode());
            assertEquals(404, other.open("/photos/" + exifPhoto + "/thumbnail").getWebResponse().getStatusCode());
        }
    }

    @Test
    void unknownPhotoOrSizeIsNotFound() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            assertEquals(404, browser.open("/photos/" + "0".repeat(64) + "/thumbnail").getWebResponse().getStatusCode());
            assertEquals(404, browser.open("/photos/" + exifPhoto + "/original").getWebResponse().getStatusCode());
            assertEquals(404, browser.open("/photos/not-a-hash/thumbnail").getWebResponse().getStatusCode());
        }
    }

    @Test
    void anonymousVisitorGetsNoPhoto() throws Exception {
        try (Browser browser = new Browser()) {
            browser.client().getOptions().setRedirectEnabled(false);
            Page page = browser.open("/photos/" + exifPhoto + "/thumbnail");
            assertEquals(302, page.getWebResponse().getStatusCode());
            assertTrue(page.getWebResponse().getResponseHeaderValue("Location").contains("/realms/arbitration/"));
        }
    }
}
