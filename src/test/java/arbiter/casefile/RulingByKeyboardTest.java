package arbiter.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import arbiter.Browser;
import arbiter.Chromium;
import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A case ruled by keyboard alone in a real browser (the system's headless Chromium; issue 16): from the queue {@code t}
 * takes the next case, on the case {@code r} brings the focus to the ruling form, the form is filled with Space, the
 * arrow keys, type-ahead and Tab, the preview answers in place (htmx: the page is not reloaded and the focus stays on
 * the preview button), and Enter on "Rule" rules. The case is made the most urgent in the queue so that {@code t}
 * takes it.
 */
@QuarkusTest
class RulingByKeyboardTest {

    @Inject
    AgroalDataSource db;

    private Chromium chromium;
    private ChromeDriver chrome;
    private WebDriverWait wait;

    @BeforeEach
    void signIn() throws Exception {
        chromium = new Chromium(1440, 1000);
        chrome = chromium.driver();
        wait = new WebDriverWait(chrome, Duration.ofSeconds(20));
        chromium.signIn(Browser.PORTAL + "/disputes", "arbiter2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.queue")));
    }

    @AfterEach
    void stopChromium() throws Exception {
        chromium.close();
    }

    @Test
    void aCaseIsTakenPreviewedAndRuledWithoutTheMouse() throws Exception {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.shop(dispute, IntakeRequests.newShopId()));
        Sql.run(db, "UPDATE disputes SET sla_due_at = timestamptz '1999-01-01 00:00:00+00' WHERE id = " + id);
        chrome.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.queue")));
        js("document.activeElement.blur()");

        keys("t");
        wait.until(ExpectedConditions.urlContains("/disputes/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ruling-form")));
        assertEquals("IN_REVIEW:arbiter2", Sql.text(db, "SELECT status || ':' || assignee FROM disputes WHERE id = " + id));

        keys("r");
        assertEquals("outcome", focused("name"), "r brings the focus to the ruling form");
        keys(Keys.SPACE); // the first outcome: a full refund
        keys(Keys.TAB); // the refund amount (only for a partial refund)
        keys(Keys.TAB, "Neither"); // responsible: type-ahead
        assertEquals("responsible", focused("name"));
        keys(Keys.TAB); // the grade: no penalty
        keys(Keys.TAB, "QUAL"); // the clause, of those that fit a full refund with nobody responsible
        assertEquals("clause", focused("name"));
        assertEquals(0L, js("return Array.from(document.querySelectorAll('select[name=clause] option'))"
                + ".filter(o => o.value && !o.disabled && !(o.dataset.outcomes.split(' ').includes('FULL_REFUND')"
                + " && o.dataset.parties.split(' ').includes('NEITHER'))).length"),
                "the clause list offers only clauses that fit a full refund with nobody responsible");
        assertEquals(0L, js("return Array.from(document.querySelectorAll('select[name=templateChoice] option'))"
                + ".filter(o => o.value && !o.disabled && o.dataset.clause && o.dataset.clause !== 'QUAL-1').length"),
                "the template list offers only templates for QUAL-1 or for any clause");
        for (int i = 0; i < 6 && !"rationale".equals(focused("name")); i++) {
            keys(Keys.TAB); // past the template list, its button and its texts
        }
        assertEquals("rationale", focused("name"));
        keys("The parcel was crushed in transit; the item arrived broken.");
        js("window.sameDocument = true");
        for (int i = 0; i < 16 && !"ruling-preview-button".equals(focused("id")); i++) {
            keys(Keys.TAB); // past the precedents (a link and a choice each) and the departure reason, when any
        }
        assertEquals("ruling-preview-button", focused("id"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ruling-preview")));
        assertEquals(Boolean.TRUE, js("return window.sameDocument === true"), "the preview answered in place");
        assertEquals("ruling-preview-button", focused("id"), "the focus stays where it was");
        assertEquals("0", Sql.text(db, "SELECT count(*) FROM rulings WHERE dispute_id = " + id), "a preview rules nothing");

        keys(Keys.TAB);
        assertEquals("ruling-rule-button", focused("id"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        assertTrue(chrome.findElement(By.cssSelector(".flash")).getText().contains("The ruling is made and in effect."),
                chrome.findElement(By.cssSelector(".flash")).getText());
        assertEquals("RULED|FULL_REFUND:NEITHER:QUAL-1:The parcel was crushed in transit; the item arrived broken.",
                Sql.text(db, "SELECT d.status || '|' || r.outcome || ':' || r.responsible_party || ':' || r.clause_code"
                        + " || ':' || r.rationale FROM disputes d JOIN rulings r ON r.dispute_id = d.id WHERE d.id = " + id));
    }

    private void keys(CharSequence... keys) {
        new Actions(chrome).sendKeys(keys).perform();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) chrome).executeScript(script);
    }

    private String focused(String attribute) {
        return (String) js("return document.activeElement.getAttribute('" + attribute + "')");
    }
}
