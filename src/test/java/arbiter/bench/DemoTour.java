package arbiter.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import arbiter.Chromium;

/**
 * A first look at a running portal as each demo user (what `bin/run` starts), in the system's headless
 * Chromium: signs in on Keycloak's page and screenshots each role's pages into {@code target/tour/}, for a
 * person to look at. Not a test: it asserts only that each page opened. Loopback only.
 * java -cp (test class path) arbiter.bench.DemoTour [portal, default http://localhost:8080]
 */
public final class DemoTour {

    private DemoTour() {
    }

    public static void main(String[] args) throws Exception {
        String portal = args.length > 0 ? args[0] : "http://localhost:8080";
        Path out = Path.of("target", "tour");
        Files.createDirectories(out);
        tour(portal, out, "arbiter1", 1440, List.of("/", "/disputes", "/disputes?sort=amount"), true);
        tour(portal, out, "super1", 1440, List.of("/supervision", "/supervision/approvals", "/supervision/refunds",
                "/supervision/audit", "/supervision/statistics", "/supervision/appeals", "/supervision/qa"), true);
        tour(portal, out, "seller1", 390, List.of("/seller", "/seller/notices", "/seller/points", "/seller/guidance"),
                false);
        tour(portal, out, "seller2", 390, List.of("/seller", "/seller/notices"), false);
        System.out.println("Screenshots in " + out.toAbsolutePath());
    }

    private static void tour(String portal, Path out, String user, int width, List<String> pages, boolean openACase)
            throws Exception {
        try (Chromium chromium = new Chromium(width, 900)) {
            ChromeDriver chrome = chromium.driver();
            WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(30));
            chrome.get(portal + pages.get(0));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
            chrome.findElement(By.name("username")).sendKeys(user);
            chrome.findElement(By.name("password")).sendKeys("demo" + Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            for (String page : pages) {
                chrome.get(portal + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                shoot(chrome, out, user + page.replaceAll("[^a-z0-9]+", "-"));
            }
            if (pages.contains("/seller")) {
                // The seller's own case: what is asked of the shop, by when, and the form to answer.
                chrome.get(portal + "/seller");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                List<org.openqa.selenium.WebElement> cases = chrome
                        .findElements(By.cssSelector("main a[href^='/seller/disputes/']"));
                if (!cases.isEmpty()) {
                    cases.get(0).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                    shoot(chrome, out, user + "-seller-case");
                }
            }
            if (openACase) {
                chrome.get(portal + "/disputes");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/disputes/']")));
                chrome.findElement(By.cssSelector("table a[href^='/disputes/']")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-grid")));
                shoot(chrome, out, user + "-case");
                // A ruled case (its ruling and its refund's state), and for a supervisor an appeal to decide.
                chrome.get(portal + "/disputes?status=RULED");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href^='/disputes/']")));
                chrome.findElement(By.cssSelector("table a[href^='/disputes/']")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-grid")));
                shoot(chrome, out, user + "-ruled-case");
                if (pages.contains("/supervision/appeals")) {
                    chrome.get(portal + "/supervision/appeals");
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                    chrome.findElement(By.cssSelector("main a[href^='/supervision/appeals/']")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                    shoot(chrome, out, user + "-appeal");
                }
            }
        }
    }

    private static void shoot(ChromeDriver chrome, Path out, String name) throws Exception {
        Files.write(out.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
        System.out.println(name + ": " + chrome.getTitle());
    }
}
