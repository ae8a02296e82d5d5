package arbiter.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
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
                "/disputes?status=AWAITING_EVIDENCE", "/search?q=%E4%BB%93%E5%BA%93"), true);
        tour(portal, out, "super1", 1440, List.of("/supervision", "/supervision/approvals", "/supervision/refunds",
                "/supervision/deliveries",
                "/supervision/audit", "/supervision/statistics", "/supervision/appeals", "/supervision/qa",
                "/supervision/templates", "/supervision/templates/clauses/DESC-1", "/supervision/reused-photos"),
                true);
        tour(portal, out, "seller1", 390, List.of("/seller", "/seller/notices", "/seller/points", "/seller/guidance",
                "/seller/search?q=%E4%BB%93%E5%BA%93"),
                false);
        tour(portal, out, "seller2", 390, List.of("/seller", "/seller/notices"), false);
        System.out.println("Screenshots in " + out.toAbsolutePath());
    }

    private static void tour(String portal, Path out, String user, int width, List<String> pages, boolean openACase)
            throws Exception {
        try (Chromium chromium = new Chromium(width, 900)) {
            ChromeDriver chrome = chromium.driver();
            WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(30));
            chromium.signIn(portal + pages.get(0), user);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            for (String page : pages) {
                chrome.get(portal + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                shoot(chrome, out, user + page.replaceAll("[^a-z0-9]+", "-"));
            }
            if (pages.contains("/seller/notices")) { // a notice, with the evidence its ruling relied on
                openFirst(chrome, wait, portal, "/seller/notices", "main a[href^='/seller/notices/']", "main", out,
                        user + "-notice");
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
                if (user.startsWith("arbiter")) {
                    takeAndPreview(chrome, wait, portal, out, user);
                }
                if (pages.contains("/supervision/appeals")) {
                    openFirst(chrome, wait, portal, "/supervision/appeals", "main a[href^='/supervision/appeals/']",
                            "main", out, user + "-appeal");
                }
            }
        }
    }

    /**
     * The arbitrator's job on the case page: take the next case, mark the first chat message as relied on, choose a
     * full refund with the seller responsible, insert the first template, preview (htmx, in place). Nothing is ruled.
     */
    private static void takeAndPreview(ChromeDriver chrome, WebDriverWait wait, String portal, Path out, String user)
            throws Exception {
        chrome.get(portal + "/disputes");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        List<org.openqa.selenium.WebElement> take = chrome.findElements(By.cssSelector("form[action='/disputes/next'] button"));
        if (take.isEmpty()) {
            return;
        }
        take.get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ruling-form")));
        shoot(chrome, out, user + "-held-case");
        org.openqa.selenium.JavascriptExecutor js = chrome;
        List<org.openqa.selenium.WebElement> relied = chrome.findElements(By.cssSelector("input[name='reliedMessage']"));
        if (!relied.isEmpty()) {
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", relied.get(0));
            relied.get(0).click();
        }
        org.openqa.selenium.WebElement form = chrome.findElement(By.id("ruling-form"));
        js.executeScript("arguments[0].scrollIntoView({block: 'start'})", form);
        form.findElement(By.cssSelector("input[name='outcome'][value='FULL_REFUND']")).click();
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("responsible"))).selectByValue("SELLER");
        // The first clause the list still offers for a full refund with the seller responsible and no penalty.
        form.findElements(By.cssSelector("select[name='clause'] option")).stream()
                .filter(o -> !o.getAttribute("value").isEmpty() && o.isEnabled()).findFirst()
                .ifPresent(org.openqa.selenium.WebElement::click);
        // The first template the list offers for the chosen clause (the others are disabled).
        List<org.openqa.selenium.WebElement> templates = form
                .findElements(By.cssSelector("select[name='templateChoice'] option")).stream()
                .filter(o -> !o.getAttribute("value").isEmpty() && o.isEnabled()).toList();
        if (!templates.isEmpty()) {
            templates.get(0).click();
            form.findElement(By.id("ruling-template-button")).click();
            wait.until(d -> !d.findElement(By.name("rationale")).getAttribute("value").isBlank());
        }
        org.openqa.selenium.WebElement rationale = form.findElement(By.name("rationale"));
        if (rationale.getAttribute("value").isBlank()) { // no template for this clause: written by hand
            rationale.sendKeys("买家提供的实物照片与聊天记录相互印证，卖家未能举证反驳，支持全额退款。");
        }
        // A full refund against most close precedents needs its reason (issue 17).
        form.findElements(By.name("departureReason")).forEach(reason -> reason
                .sendKeys("买家收货当天即反映问题并附开箱照片，与多数相似案件不同。"));
        chrome.findElement(By.id("ruling-preview-button")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ruling-preview")));
        } catch (org.openqa.selenium.TimeoutException e) {
            shoot(chrome, out, user + "-ruling-refused");
            throw e;
        }
        js.executeScript("document.getElementById('ruling').scrollIntoView({block: 'start'})");
        shoot(chrome, out, user + "-ruling-preview");
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
