package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.KeyDataPair;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.Party;
import arbiter.intake.IntakeRequests;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.PenalisedCases;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The representative part of the {@link PhotoCorpus} (JPEGs in all 8 EXIF orientations, one in Adobe RGB, one
 * CMYK with a SWOP profile) sent through each real way a photo comes in: the platform's intake, a seller's answer
 * to an evidence request, a seller's appeal. Each served display variant is upright (turned by its orientation)
 * in sRGB (the Adobe RGB and CMYK ones converted), and the size kept is the upright one.
 */
@QuarkusTest
class PhotoEntryPointsTest {

    /** Photos a party may send with one answer or appeal (EvidenceRules.photosPerAnswer). */
    static final int PER_UPLOAD = 8;

    @Inject
    EvidenceRequests requests;

    @Inject
    CaseClaims claims;

    @Inject
    PenalisedCases penalised;

    @Inject
    AgroalDataSource db;

    @Test
    void photosFromThePlatformAreShownUprightInSrgb() throws Exception {
        List<Upload> uploads = uploads("intake");
        Map<String, Object> dispute = IntakeRequests.dispute("TB-PHOTO-CORPUS-" + UUID.randomUUID());
        List<Object> evidence = new ArrayList<>();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < uploads.size(); i++) {
            parts.put("c" + i, uploads.get(i).bytes());
            evidence.add(new LinkedHashMap<>(Map.of("party", "BUYER", "photo", "c" + i, "caption", "corpus " + i)));
        }
        parts.putAll(IntakeRequests.photos()); // p1 and p2, which the example's chat and evidence name
        evidence.addAll((List<?>) dispute.get("evidence"));
        dispute.put("evidence", evidence);
        IntakeRequests.post(dispute, parts).then().statusCode(201);

        assertShownAsTaken(uploads);
    }

    @Test
    void photosASellerSendsAsEvidenceAreShownUprightInSrgb() throws Exception {
        List<Upload> uploads = uploads("seller-evidence");
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            for (List<Upload> batch : batches(uploads)) {
                long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, "shop-1"));
                assertTrue(claims.claim(id, "arbiter1"));
                requests.request(id, Set.of(Party.SELLER), "Photos of the coat as it was packed.", "arbiter1");
                assertEquals(303, send(seller, "/seller/disputes/" + id + "/evidence", batch));
            }
        }
        assertShownAsTaken(uploads);
    }

    @Test
    void photosASellerSendsWithAnAppealAreShownUprightInSrgb() throws Exception {
        List<Upload> uploads = uploads("appeal");
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            for (List<Upload> batch : batches(uploads)) {
                long notice = penalised.ruled("shop-1", "arbiter1", PenaltyGrade.GENERAL,
                        "The seller shipped a coat of another colour than listed.").noticeId();
                assertEquals(303, send(seller, "/seller/notices/" + notice + "/appeal", batch));
            }
        }
        for (Upload upload : uploads) {
            assertEquals(1, Sql.number(db, "SELECT count(*) FROM appeal_photos WHERE photo_sha256 = '"
                    + upload.sha256() + "'"), upload.entry().name());
        }
        assertShownAsTaken(uploads);
    }

    /** A corpus photo made unique to one entry point, so each is stored (and rendered) on its own. */
    record Upload(PhotoCorpus.Entry entry, byte[] bytes) {
        String sha256() {
            return PhotoStore.sha256(bytes);
        }
    }

    /** Each representative JPEG with a comment segment naming the entry point and the run: same pixels, new hash. */
    private static List<Upload> uploads(String entryPoint) {
        String run = entryPoint + " " + UUID.randomUUID();
        return PhotoCorpus.representative().stream().map(entry -> {
            byte[] jpeg = entry.bytes();
            byte[] note = run.getBytes(StandardCharsets.US_ASCII);
            ByteBuffer out = ByteBuffer.allocate(jpeg.length + note.length + 4);
            out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xFE).putShort((short) (note.length + 2)).put(note);
            out.put(jpeg, 2, jpeg.length - 2);
            return new Upload(entry, out.array());
        }).toList();
    }

    private static List<List<Upload>> batches(List<Upload> uploads) {
        List<List<Upload>> batches = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i += PER_UPLOAD) {
            batches.add(uploads.subList(i, Math.min(uploads.size(), i + PER_UPLOAD)));
        }
        return batches;
    }

    /** The seller's form as a browser posts it, with more photo fields than the page shows (up to the limit). */
    private static int send(Browser seller, String path, List<Upload> photos) throws Exception {
        List<NameValuePair> fields = new ArrayList<>();
        fields.add(new NameValuePair("csrf-token", seller.csrfToken()));
        fields.add(new NameValuePair("statement", "The photos show the coat as it was packed."));
        for (int i = 0; i < photos.size(); i++) {
            KeyDataPair file = new KeyDataPair("photo", null, "photo-" + i + ".jpg", "image/jpeg",
                    StandardCharsets.UTF_8);
            file.setData(photos.get(i).bytes());
            fields.add(file);
            fields.add(new NameValuePair("caption", "corpus " + i));
        }
        WebRequest request = new WebRequest(new URL(Browser.PORTAL + path), HttpMethod.POST);
        request.setEncodingType(FormEncodingType.MULTIPART);
        request.setRequestParameters(fields);
        return seller.sendWithoutRedirect(request).getStatusCode();
    }

    private void assertShownAsTaken(List<Upload> uploads) throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Browser supervisor = new Browser()) {
            supervisor.signIn("super1", "demo");
            for (Upload upload : uploads) {
                PhotoCorpus.Entry entry = upload.entry();
                assertEquals(entry.width() + "x" + entry.height(), Sql.text(db, "SELECT width || 'x' || height"
                        + " FROM photos WHERE sha256 = '" + upload.sha256() + "'"), entry.name() + ": size kept");
                BufferedImage shown = ImageIO.read(supervisor.open("/photos/" + upload.sha256() + "/display")
                        .getWebResponse().getContentAsStream());
                wrong.addAll(PhotoCorpus.differences(entry, shown));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
