package arbiter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
