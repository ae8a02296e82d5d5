package arbiter;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium and its chromedriver (Debian packages, installed by bin/chromium; never a
 * downloaded browser), with a fresh profile that is removed on close. Talks only to the loopback portal.
 */
public final class Chromium implements AutoCloseable {

    private final Path profile;
    private final ChromeDriver driver;

    public Chromium(int width, int height) throws IOException {
        profile = Files.createTempDirectory("arbiter-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(executable("ARBITER_CHROMIUM", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
        // The console's messages, for tests that fail on a script error or a resource that did not load.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("ARBITER_CHROMEDRIVER", "/usr/bin/chromedriver"))).build(),
                options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens {@code url}, a portal page that asks for a sign-in, meets Keycloak's login form there and signs in as
     * {@code username} (the realm's demo password); returns once the browser is back on the portal (the origin of
     * {@code url}). The caller waits for what its page shows.
     */
    public void signIn(String url, String username) {
        signIn(driver, url, username);
    }

    /** {@link #signIn(String, String)} in a driver of another's making. */
    public static void signIn(ChromeDriver driver, String url, String username) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String origin = URI.create(url).resolve("/").toString();
        driver.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        submitLogin(driver, username);
        wait.until(browser -> browser.getCurrentUrl().startsWith(origin));
    }

    /**
     * Fills Keycloak's login form on the page the driver shows as {@code username} (the realm's demo password) and
     * sends it, each field once it takes keys: a page just shown, or a tab just brought to the front, may still be
     * laying the form out ("element not interactable").
     */
    public static void submitLogin(ChromeDriver driver, String username) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys(username);
        wait.until(ExpectedConditions.elementToBeClickable(By.name("password"))).sendKeys("demo" + Keys.ENTER);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static String executable(String variable, String fallback) {
        String path = System.getenv().getOrDefault(variable, fallback);
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing; bin/test installs chromium and chromium-driver");
        }
        return path;
    }
}
