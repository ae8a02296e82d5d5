package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import arbiter.Browser;
import arbiter.Chromium;
import arbiter.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The queue by keyboard in a real browser (the system's headless Chromium), over three cases at the top of
 * the queue ({@link QueueFixture}, removed after each test): Enter opens the case whose link has the focus, not the row j and k
 * selected; the single-key
 * shortcuts can be switched off and stay off; and typing in a field never takes a case.
 */
@QuarkusTest
class QueueKeyboardTest {

    @Inject
    AgroalDataSource db;

    private Chromium chromium;
    private ChromeDriver chrome;
    private WebDriverWait wait;

    private QueueFixture cases;

    @BeforeEach
    void signIn() throws Exception {
        cases = new QueueFixture(db, 3);
        chromium = new Chromium(1440, 1000);
        chrome = chromium.driver();
        wait = new WebDriverWait(chrome, Duration.ofSeconds(20));
        chromium.signIn(Browser.PORTAL + "/disputes", "arbiter1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.queue")));
    }

    @AfterEach
    void stopChromium() throws Exception {
        chromium.close();
        cases.close();
    }

    @Test
    void enterOpensTheFocusedCaseNotTheRowSelectedWithJ() {
        List<WebElement> links = chrome.findElements(By.cssSelector("table.queue tbody tr a"));
        String first = links.get(0).getAttribute("href");
        keys("j", "j");
        assertEquals(links.get(1).getAttribute("href"), focusedHref(), "j moves the selection and the focus");
        assertEquals(2, selectedRow(), "the second row is selected");

        new Actions(chrome).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform(); // focus back, selection stays
        assertEquals(first, focusedHref());
        assertEquals(2, selectedRow());
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(first));
    }

    @Test
    void withShortcutsSwitchedOffJAndTDoNothingAndStayOff() throws Exception {
        long held = held();
        WebElement shortcuts = chrome.findElement(By.id("shortcuts"));
        assertTrue(shortcuts.isDisplayed() && shortcuts.isSelected(), "on, and shown with JavaScript");
        shortcuts.click();
        chrome.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.queue")));
        assertFalse(chrome.findElement(By.id("shortcuts")).isSelected(), "remembered as off");

        ((JavascriptExecutor) chrome).executeScript("document.activeElement.blur()");
        keys("j", "t");
        Thread.sleep(1000);
        assertEquals(0, selectedRow(), "j selects nothing");
        assertTrue(chrome.getCurrentUrl().endsWith("/disputes"), chrome.getCurrentUrl());
        assertEquals(held, held(), "t took no case");

        chrome.findElement(By.id("shortcuts")).click();
        ((JavascriptExecutor) chrome).executeScript("document.activeElement.blur()");
        keys("j");
        assertEquals(1, selectedRow(), "on again: j selects the first row");
    }

    @Test
    void typingTInAFieldNeverTakesACase() throws Exception {
        long held = held();
        WebElement min = chrome.findElement(By.name("min"));
        min.click();
        min.sendKeys("t");
        WebElement max = chrome.findElement(By.name("max"));
        max.click();
        keys("t", "j", "k");
        Thread.sleep(1000);
        assertEquals("t", min.getAttribute("value"));
        assertEquals("tjk", max.getAttribute("value"));
        assertEquals(0, selectedRow());
        assertTrue(chrome.getCurrentUrl().endsWith("/disputes"), chrome.getCurrentUrl());
        assertEquals(held, held(), "no case taken");

        ((JavascriptExecutor) chrome).executeScript("document.activeElement.blur()");
        new Actions(chrome).keyDown(Keys.CONTROL).sendKeys("t").keyUp(Keys.CONTROL)
                .keyDown(Keys.ALT).sendKeys("j").keyUp(Keys.ALT).perform();
        Thread.sleep(500);
        assertEquals(held, held(), "nor with a modifier");
        assertEquals(0, selectedRow());
    }

    private void keys(CharSequence... keys) {
        new Actions(chrome).sendKeys(keys).perform();
    }

    private String focusedHref() {
        return (String) ((JavascriptExecutor) chrome).executeScript("return document.activeElement.href || null");
    }

    /** The selected row's position from 1; 0 when none is. */
    private int selectedRow() {
        return ((Number) ((JavascriptExecutor) chrome).executeScript("var rows = Array.from("
                + "document.querySelectorAll('table.queue tbody tr'));"
                + " return rows.findIndex(function (r) { return r.classList.contains('selected'); }) + 1;"))
                .intValue();
    }

    private long held() {
        return Sql.number(db, "SELECT count(*) FROM disputes WHERE assignee = 'arbiter1'");
    }
}
