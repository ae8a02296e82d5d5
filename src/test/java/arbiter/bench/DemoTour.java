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
        tour(portal, out, "arbiter1", 1440, List.of("/", "/disputes", "/disputes?sort=amount",
                "/disputes?status=AWAITING_EVIDENCE"), true);
        tour(portal, out, "super1", 1440, List.of("/supervision", "/supervision/approvals", "/supervision/refunds",
                "/supervision/deliveries",
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
            if (pages.contains("/seller")) { // the seller's own case: what is asked of the shop, by when
                openFirst(chrome, wait, portal, "/seller", "main a[href^='/seller/disputes/']", "main", out,
                        user + "-seller-case");
            }
            if (openACase) { // a case to work, a ruled case (its refund's state), a withdrawn one, for a supervisor an appeal
                openFirst(chrome, wait, portal, "/disputes", "table a[href^='/disputes/']", ".case-grid", out,
                        user + "-case");
                openFirst(chrome, wait, portal, "/disputes?status=RULED", "table a[href^='/disputes/']", ".case-grid",
                        out, user + "-ruled-case");
                openFirst(chrome, wait, portal, "/disputes?status=WITHDRAWN", "table a[href^='/disputes/']",
                        ".case-grid", out, user + "-withdrawn-case");
                if (pages.contains("/supervision/appeals")) {
                    openFirst(chrome, wait, portal, "/supervision/appeals", "main a[href^='/supervision/appeals/']",
                            "main", out, user + "-appeal");
                }
            }
        }
    }

    /** Opens {@code list}, follows its first link matching {@code link} (if any) and shoots the page it leads to. */
    private static void openFirst(ChromeDriver chrome, WebDriverWait wait, String portal, String list, String link,
            String loaded, Path out, String name) throws Exception {
        chrome.get(portal + list);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        List<org.openqa.selenium.WebElement> links = chrome.findElements(By.cssSelector(link));
        if (!links.isEmpty()) {
            links.get(0).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(loaded)));
            shoot(chrome, out, name);
        }
    }

    private static void shoot(ChromeDriver chrome, Path out, String name) throws Exception {
        Files.write(out.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
        System.out.println(name + ": " + chrome.getTitle());
    }
}
