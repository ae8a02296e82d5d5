package arbiter.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import arbiter.Browser;
import arbiter.Chromium;
import arbiter.Sql;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.PenalisedCases;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A seller on a phone (the system's headless Chromium, 390 px wide, signed in on the real Keycloak) opens a
 * penalty notice and files an appeal; no page is wider than the screen. The screenshot is kept in
 * {@code target/screenshots/}.
 */
@QuarkusTest
class SellerOnAPhoneTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    PenalisedCases cases;

    @Inject
    AgroalDataSource db;

    private Chromium chromium;
    private ChromeDriver chrome;

    @BeforeEach
    void startChromium() throws Exception {
        chromium = new Chromium(390, 844);
        chrome = chromium.driver();
    }

    @AfterEach
    void stopChromium() throws Exception {
        chromium.close();
    }

    @Test
    void aSellerOpensANoticeAndFilesAnAppealOnA390PixelScreen() throws Exception {
        PenalisedCases.Penalised ruled = cases.ruled("shop-1", "arbiter2", PenaltyGrade.MINOR,
                "The parcel arrived without the belt shown in the listing.");
        long id = ruled.disputeId();
        long notice = ruled.noticeId();
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(20));

        chromium.signIn(Browser.PORTAL + "/seller/notices", "seller1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.cards")));
        assertFitsTheScreen("the notices list");

        chrome.findElement(By.cssSelector("a[href='/seller/notices/" + notice + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea[name='statement']")));
        assertTrue(chrome.findElement(By.tagName("main")).getText()
                .contains("The parcel arrived without the belt shown in the listing."));
        assertFitsTheScreen("the notice");
        chrome.findElement(By.cssSelector("textarea[name='statement']"))
                .sendKeys("The belt was in the side pocket of the parcel; the packing photo shows it.");
        chrome.findElement(By.cssSelector("form[action$='/appeal'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Your appeal is filed."));
        assertFitsTheScreen("the notice with its appeal");

        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("seller-appeal-390px.png"), chrome.getScreenshotAs(OutputType.BYTES));

        for (String page : new String[] { "/seller", "/seller/disputes/" + id, "/seller/points", "/seller/guidance" }) {
            chrome.get(Browser.PORTAL + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.seller-nav")));
            assertFitsTheScreen(page);
        }
        assertEquals("PENDING", Sql.text(db, "SELECT a.state FROM appeals a JOIN penalty_notices n"
                + " ON n.penalty_id = a.penalty_id WHERE n.id = " + notice));
    }

    private void assertFitsTheScreen(String what) {
        Object[] widths = ((java.util.List<?>) ((JavascriptExecutor) chrome).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]")).toArray();
        long page = ((Number) widths[0]).longValue();
        long screen = ((Number) widths[1]).longValue();
        assertTrue(page <= screen, what + " is " + page + " px wide on a " + screen + " px screen");
    }
}
