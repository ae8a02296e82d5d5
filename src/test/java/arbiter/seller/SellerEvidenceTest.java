package arbiter.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;
import arbiter.intake.IntakeRequests;
import arbiter.intake.TestPhotos;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The shop answers a request for evidence from its dispute page, photos included, until the deadline; late,
 * unasked, empty or broken answers are refused with a message and write nothing; another shop's disputes are
 * not found.
 */
@QuarkusTest
class SellerEvidenceTest {

    @Inject
    EvidenceRequests requests;

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    @Test
    void theShopAnswersWithAStatementAndAPhotoBeforeTheDeadline() throws Exception {
        long id = askedOfShop("shop-1");
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            assertTrue(seller.openHtml("/seller").asNormalizedText().contains("Answer by"), "the list says what is asked");
            HtmlPage page = seller.openHtml("/seller/disputes/" + id);
            assertTrue(page.asNormalizedText().contains("Photos of the coat as it was packed."), page.asNormalizedText());

            HtmlPage after = answer(page, "We packed the coat listed; the photo shows the label.", TestPhotos.jpeg(640, 480));
            assertTrue(after.asNormalizedText().contains("Your answer is sent to the arbitrator."), after.asNormalizedText());
        }
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM evidence_items WHERE dispute_id = " + id
                + " AND party = 'SELLER'"));
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM party_statements WHERE dispute_id = " + id
                + " AND party = 'SELLER'"));
        assertEquals("seller1", Sql.text(db, "SELECT actor FROM audit_events WHERE action = 'EVIDENCE_SUBMITTED'"
                + " AND target_id = '" + id + "'"));
    }

    @Test
    void lateUnaskedEmptyAndBrokenAnswersAreRefusedAndWriteNothing() throws Exception {
        long late = askedOfShop("shop-1");
        long unasked = IntakeRequests.newCase();
        long broken = askedOfShop("shop-1");
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            HtmlPage open = seller.openHtml("/seller/disputes/" + late);
            Sql.run(db, "UPDATE evidence_requests SET due_at = now() - interval '1 minute' WHERE dispute_id = " + late);
            assertTrue(answer(open, "Sent a minute after the deadline.", TestPhotos.jpeg(320, 240)).asNormalizedText()
                    .contains("The evidence period has ended; late evidence is not accepted"));

            HtmlPage empty = seller.openHtml("/seller/disputes/" + broken);
            assertTrue(answer(empty, "", null).asNormalizedText().contains("Write a statement of up to 4,000"));
            assertTrue(answer(seller.openHtml("/seller/disputes/" + broken), "Here is our photo.",
                    TestPhotos.jpegHeaderThenHtml()).asNormalizedText().contains("is not a JPEG, PNG or WebP photo"));

            HtmlPage none = seller.openHtml("/seller/disputes/" + unasked);
            assertTrue(none.asNormalizedText().contains("Nothing is asked of your shop"), none.asNormalizedText());
            assertTrue(none.getForms().stream().noneMatch(f -> f.getActionAttribute().endsWith("/evidence")));
        }
        for (long id : new long[] { late, unasked, broken }) {
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM evidence_items WHERE dispute_id = " + id
                    + " AND party = 'SELLER'") + Sql.number(db,
                            "SELECT count(*) FROM party_statements WHERE"
                                    + " dispute_id = " + id + " AND party = 'SELLER'"),
                    "nothing written for " + id);
        }
    }

    @Test
    void anotherShopsDisputesAreNotFoundWhateverTheId() throws Exception {
        long theirs = askedOfShop("shop-2");
        long max = Sql.number(db, "SELECT max(id) FROM disputes");
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            for (long id = Math.max(1, max - 40); id <= max + 5; id++) {
                boolean ours = Sql.number(db, "SELECT count(*) FROM disputes WHERE id = " + id
                        + " AND shop_id = 'shop-1'") == 1;
                assertEquals(ours ? 200 : 404, seller.open("/seller/disputes/" + id).getWebResponse().getStatusCode(),
                        "dispute " + id);
            }
            assertFalse(seller.openHtml("/seller").asNormalizedText()
                    .contains(Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + theirs)));

            // An answer posted by hand to the other shop's open request: not found, nothing written.
            assertEquals(404, seller.postMultipart("/seller/disputes/" + theirs + "/evidence",
                    "statement", "Evidence for a case that is not ours."));
        }
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM party_statements WHERE dispute_id = " + theirs));
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM evidence_requests WHERE dispute_id = " + theirs
                + " AND closed_at IS NULL"), "the other shop's request is still open");
    }

    /** A new case of {@code shop} in which its arbitrator asked the shop for photos. */
    private long askedOfShop(String shop) {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, shop));
        assertTrue(claims.claim(id, "arbiter1"));
        assertEquals(1, requests.request(id, Set.of(Party.SELLER), "Photos of the coat as it was packed.",
                "arbiter1").size());
        return id;
    }

    private static HtmlPage answer(HtmlPage page, String statement, byte[] photo) throws Exception {
        HtmlForm form = page.getFirstByXPath("//form[contains(@action, '/evidence')]");
        form.<HtmlTextArea> getFirstByXPath(".//textarea[@name='statement']").setText(statement);
        if (photo != null) {
            Path file = Files.createTempFile("evidence-", ".jpg");
            Files.write(file, photo);
            form.<HtmlFileInput> getFirstByXPath(".//input[@name='photo']").setFiles(file.toFile());
        }
        return form.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();
    }
}
