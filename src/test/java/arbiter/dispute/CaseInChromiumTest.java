package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import arbiter.Browser;
import arbiter.Chromium;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An arbitrator's morning in a real browser (the system's headless Chromium, never a downloaded one): sign
 * in on Keycloak, open the queue, take the next case by keyboard, and read the chat beside the photos. The
 * screenshot is kept in {@code target/screenshots/}.
 */
@QuarkusTest
class CaseInChromiumTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    AgroalDataSource db;

    private Chromium chromium;
    private ChromeDriver chrome;

    @BeforeEach
    void startChromium() throws Exception {
        chromium = new Chromium(1440, 1000);
        chrome = chromium.driver();
    }

    @AfterEach
    void stopChromium() throws Exception {
        chromium.close();
    }

    @Test
    void arbitratorTakesNextAndSeesTheChatBesideThePhotos() throws Exception {
        long id = IntakeRequests.newCase();
        // The most urgent case in the queue, so that "take next" hands out this one.
        try (var c = db.getConnection()) {
            c.createStatement().executeUpdate(
                    "UPDATE disputes SET sla_due_at = timestamptz '1999-01-01 00:00Z' WHERE id = " + id);
        }
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(20));

        chromium.signIn(Browser.PORTAL + "/disputes", "arbiter2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.queue")));

        new Actions(chrome).sendKeys("t").perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-layout")));
        assertTrue(chrome.getCurrentUrl().endsWith("/disputes/" + id), "took the most urgent case: "
                + chrome.getCurrentUrl());
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('.gallery a.photo img, .messages a.photo img').length")).intValue() > 0
                && Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return Array.from(document.querySelectorAll('.gallery a.photo img, .messages a.photo img'))"
                                + ".every(i => i.complete)")));

        assertTrue(chrome.findElement(By.cssSelector(".case-facts")).getText().contains("arbiter2"),
                "the case is now the arbitrator's");
        WebElement chat = chrome.findElement(By.cssSelector("section.chat"));
        WebElement photos = chrome.findElement(By.cssSelector("section.photos"));
        assertTrue(chat.getRect().getX() + chat.getRect().getWidth() <= photos.getRect().getX(),
                "the chat is left of the photos");
        assertTrue(Math.abs(chat.getRect().getY() - photos.getRect().getY()) < 5, "side by side, not stacked");
        List<WebElement> messages = chat.findElements(By.cssSelector(".message"));
        assertTrue(messages.size() >= 2, "the conversation is shown");
        assertTrue(messages.get(0).getAttribute("class").contains("from-buyer"));
        Object loaded = ((JavascriptExecutor) chrome).executeScript(
                "return Array.from(document.querySelectorAll('.gallery a.photo img, .messages a.photo img'))"
                        + ".filter(i => i.naturalWidth > 0).length");
        assertTrue(((Number) loaded).intValue() >= 2, "thumbnails loaded: " + loaded);

        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("case-page.png"), chrome.getScreenshotAs(OutputType.BYTES));

        // A photo in the gallery opens the viewer and points at the chat message it came with.
        chrome.findElement(By.cssSelector(".gallery li[data-message] a.photo")).click();
        WebElement viewer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("viewer")));
        assertTrue(chrome.findElement(By.cssSelector(".message.linked")).isDisplayed(), "its message is marked");
        viewer.findElement(By.cssSelector("button[data-zoom='in']")).click();
        String transform = viewer.findElement(By.cssSelector(".viewer-stage img")).getAttribute("style");
        assertTrue(transform.contains("scale(1.5)"), transform);
        Files.write(SCREENSHOTS.resolve("photo-viewer.png"), chrome.getScreenshotAs(OutputType.BYTES));
        viewer.findElement(By.cssSelector("button[data-close]")).click();
        wait.until(ExpectedConditions.invisibilityOf(viewer));

        // On a narrow screen the two panes stack.
        chrome.manage().window().setSize(new org.openqa.selenium.Dimension(600, 1000));
        wait.until(driver -> chat.getRect().getY() + chat.getRect().getHeight() <= photos.getRect().getY());
        assertEquals(chat.getRect().getX(), photos.getRect().getX(), "stacked in one column");
    }
}
