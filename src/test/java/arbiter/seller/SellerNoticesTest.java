package arbiter.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.PenalisedCases;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A seller reads their own shop's penalty notices (the first reading recorded for supervisors), appeals once
 * before the deadline, and gets 404 for anything of another shop, whatever the id.
 */
@QuarkusTest
class SellerNoticesTest {

    @Inject
    PenalisedCases cases;

    @Inject
    AgroalDataSource db;

    @Test
    void theSellerReadsANoticeTheReadingIsRecordedAndTheyAppealOnce() throws Exception {
        long notice = penaltyNoticeFor("shop-1");
        long dispute = disputeOf(notice);
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            HtmlPage list = seller.openHtml("/seller/notices");
            HtmlPage page = list.getAnchorByHref("/seller/notices/" + notice).click();
            String text = page.asNormalizedText();
            assertTrue(text.contains("The seller shipped a coat of another colour than listed."), text);
            assertTrue(text.contains("General"), "the grade: " + text);

            assertEquals(1, Sql.number(db, "SELECT count(*) FROM penalty_notices WHERE id = " + notice
                    + " AND first_read_at IS NOT NULL"));
            assertEquals("seller1:seller", Sql.text(db, "SELECT actor || ':' || actor_role FROM audit_events"
                    + " WHERE action = 'NOTICE_READ' AND target_id = '" + dispute + "'"),
                    "the first reading is on the case's trail, for supervisors");
            seller.openHtml("/seller/notices/" + notice);
            assertEquals(1, Sql.number(db, "SELECT count(*) FROM audit_events WHERE action = 'NOTICE_READ'"
                    + " AND target_id = '" + dispute + "'"), "read again: not recorded again");

            HtmlForm form = page.getFirstByXPath("//form[contains(@action, '/appeal')]");
            form.<HtmlTextArea> getFirstByXPath(".//textarea").setText("The coat was the listed colour; see the photo.");
            java.nio.file.Path photo = java.nio.file.Files.createTempFile("appeal-", ".png");
            java.nio.file.Files.write(photo, arbiter.intake.TestPhotos.png(400, 300));
            form.<org.htmlunit.html.HtmlFileInput> getFirstByXPath(".//input[@name='photo']").setFiles(photo.toFile());
            form.<org.htmlunit.html.HtmlTextInput> getFirstByXPath(".//input[@name='caption']").setText("The coat, labelled");
            HtmlPage filed = form.<HtmlButton> getFirstByXPath(".//button").click();
            assertTrue(filed.asNormalizedText().contains("Your appeal is filed."), filed.asNormalizedText());
            assertTrue(filed.asNormalizedText().contains("Filed, waiting for a supervisor's decision."));
            assertTrue(filed.<HtmlForm> getFirstByXPath("//form[contains(@action, '/appeal')]") == null,
                    "no second appeal form");

            assertEquals(303, seller.postMultipart("/seller/notices/" + notice + "/appeal",
                    "statement", "A second appeal against the same penalty, by hand."));
            assertEquals(1, Sql.number(db, "SELECT count(*) FROM appeals a JOIN penalty_notices n"
                    + " ON n.penalty_id = a.penalty_id WHERE n.id = " + notice), "still one appeal");
            assertTrue(seller.openHtml("/seller/notices/" + notice).asNormalizedText()
                    .contains("Filed, waiting for a supervisor's decision."));
        }
        String sha = Sql.text(db, "SELECT p.photo_sha256 || ':' || p.caption FROM appeal_photos p JOIN appeals a"
                + " ON a.id = p.appeal_id JOIN penalty_notices n ON n.penalty_id = a.penalty_id WHERE n.id = " + notice);
        assertTrue(sha.endsWith(":The coat, labelled"), sha);
        String photoPath = "/photos/" + sha.substring(0, 64) + "/thumbnail";
        try (Browser supervisor = new Browser(); Browser otherShop = new Browser()) {
            supervisor.signIn("super1", "demo");
            long appeal = Sql.number(db, "SELECT a.id FROM appeals a JOIN penalty_notices n ON n.penalty_id = a.penalty_id"
                    + " WHERE n.id = " + notice);
            HtmlPage appealPage = supervisor.openHtml("/supervision/appeals/" + appeal);
            assertTrue(appealPage.asXml().contains(photoPath), "the supervisor sees the appeal's photo");
            assertTrue(appealPage.asNormalizedText().contains("The shop first read the penalty notice on"),
                    "the supervisor sees when the shop first read it");
            assertEquals(200, supervisor.open(photoPath).getWebResponse().getStatusCode());
            otherShop.signIn("seller2", "demo");
            assertEquals(404, otherShop.open(photoPath).getWebResponse().getStatusCode(), "not another shop");
        }
    }

    @Test
    void aLateAppealIsRefusedWithAMessageAndChangesNothing() throws Exception {
        long notice = penaltyNoticeFor("shop-1");
        Sql.run(db, "UPDATE penalty_notices SET appeal_deadline = now() - interval '1 minute' WHERE id = " + notice);
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            HtmlPage page = seller.openHtml("/seller/notices/" + notice);
            assertTrue(page.asNormalizedText().contains("The appeal period is over."), page.asNormalizedText());

            seller.postMultipart("/seller/notices/" + notice + "/appeal", "statement",
                    "Filed by hand after the deadline had passed.");
            HtmlPage after = seller.openHtml("/seller/notices/" + notice);
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM appeals a JOIN penalty_notices n"
                    + " ON n.penalty_id = a.penalty_id WHERE n.id = " + notice));
            assertFalse(after.asNormalizedText().contains("Your appeal"), after.asNormalizedText());
        }
    }

    @Test
    void anotherShopsNoticesAreNotFoundWhateverTheId() throws Exception {
        long theirs = penaltyNoticeFor("shop-2");
        long max = Sql.number(db, "SELECT max(id) FROM penalty_notices");
        List<Long> others = Sql.text(db, "SELECT string_agg(id::text, ',') FROM penalty_notices WHERE shop_id <> 'shop-1'")
                .lines().flatMap(l -> java.util.Arrays.stream(l.split(","))).map(Long::parseLong).toList();
        try (Browser seller = new Browser()) {
            seller.signIn("seller1", "demo");
            for (long id : others) {
                assertEquals(404, seller.open("/seller/notices/" + id).getWebResponse().getStatusCode(), "notice " + id);
            }
            for (long id : List.of(0L, max + 1, max + 1000, -1L)) {
                assertEquals(404, seller.open("/seller/notices/" + id).getWebResponse().getStatusCode(), "notice " + id);
            }
            assertEquals(404, seller.postMultipart("/seller/notices/" + theirs + "/appeal",
                    "statement", "An appeal against another shop's penalty."));
            assertFalse(seller.openHtml("/seller/notices").asNormalizedText().contains(caseNoOf(theirs)));
            assertFalse(seller.openHtml("/seller/points").asNormalizedText().contains(caseNoOf(theirs)));
        }
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM appeals a JOIN penalty_notices n"
                + " ON n.penalty_id = a.penalty_id WHERE n.id = " + theirs));
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM penalty_notices WHERE id = " + theirs
                + " AND first_read_at IS NOT NULL"), "another shop's notice is never marked read");
    }

    @Test
    void thePointsPageShowsTheYearsPointsMeasuresAndChart() throws Exception {
        try (Browser seller = new Browser()) {
            seller.signIn("seller2", "demo");
            penaltyNoticeFor("shop-2");
            String page = seller.openHtml("/seller/points").asNormalizedText();
            long points = Sql.number(db, "SELECT coalesce(sum(delta), 0) FROM points_ledger WHERE shop_id = 'shop-2'"
                    + " AND points_year = extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')");
            assertTrue(page.contains("Your shop has " + points + " points this year."), page);
            String svg = seller.open("/seller/points.svg").getWebResponse().getContentAsString();
            assertTrue(svg.startsWith("<svg") && svg.contains("<path"), svg);
            assertTrue(seller.openHtml("/seller/guidance").asNormalizedText().contains("Answer on the same day."));
        }
    }

    /** A notice of a general penalty (4 points, no measure) on a new case of {@code shop}. */
    private long penaltyNoticeFor(String shop) {
        return cases.ruled(shop, "arbiter1", PenaltyGrade.GENERAL,
                "The seller shipped a coat of another colour than listed.").noticeId();
    }

    private long disputeOf(long notice) {
        return Sql.number(db, "SELECT r.dispute_id FROM penalty_notices n JOIN penalties p ON p.id = n.penalty_id"
                + " JOIN rulings r ON r.id = p.ruling_id WHERE n.id = " + notice);
    }

    private String caseNoOf(long notice) {
        return Sql.text(db, "SELECT case_no FROM disputes WHERE id = " + disputeOf(notice));
    }
}
