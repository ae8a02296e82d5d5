package arbiter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import arbiter.Browser;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * What every page of the portal must pass, checked in a signed-in Chromium (the system's, headless) on the
 * page it shows: it answers neither 404 nor 500; every same-origin link, image, script and stylesheet answers
 * 2xx or 3xx and every image loads; the console holds no error; the page scrolls not sideways at 1440, 800
 * and 390 px; axe-core (WCAG 2.1 A and AA) finds no violation; the Nu HTML Checker finds no error in the
 * HTML as served; and the Chinese page shows no enum constant's name and no English unit of time.
 * Everything found is collected as {@link Failure}s, so that one run reports all of it.
 */
final class PageChecks {

    static final int[] WIDTHS = { 1440, 800, 390 };
    private static final int HEIGHT = 900;
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
    private static final String AXE_RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
            + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(function (n) {"
            + "   return n.target.join(' '); }).join(', ') + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3)"
            + "   + ' more' : ''); })); }).catch(function (e) { done(['axe failed: ' + e]); });";
    /** Same-origin addresses the page refers to: links, images, scripts, stylesheets and icons. */
    private static final String REFERENCES = "var out = [];"
            + "document.querySelectorAll('a[href], img[src], script[src], link[href]').forEach(function (e) {"
            + "  var url = new URL(e.getAttribute('href') || e.getAttribute('src'), location.href);"
            + "  if (url.origin === location.origin) { url.hash = ''; out.push(url.pathname + url.search); } });"
            + "return out;";
    /** Fetches each address (GET, redirects not followed): its status and content type, as "status type". */
    private static final String FETCH_ALL = "var done = arguments[arguments.length - 1];"
            + "Promise.all(arguments[0].map(function (u) {"
            + "  return fetch(u, {redirect: 'manual', credentials: 'same-origin'}).then(function (r) {"
            + "    return (r.type === 'opaqueredirect' ? '303' : String(r.status)) + ' '"
            + "      + (r.headers.get('content-type') || ''); }, function (e) { return '0 ' + e; }); }))"
            + ".then(done);";
    private static final String IMAGES_SETTLED = "return Array.from(document.images).every(function (i) {"
            + " return i.complete; });";
    private static final String BROKEN_IMAGES = "return Array.from(document.images).filter(function (i) {"
            + " return !i.naturalWidth; }).map(function (i) { return i.getAttribute('src') || '(no src)'; });";
    /** The innermost elements that reach past the window's right edge, to say what widens the page. */
    private static final String WIDE_ELEMENTS = "var w = window.innerWidth, wide = [];"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect(); if (r.width > 0 && r.right > w + 1) { wide.push(e); } });"
            + "return wide.filter(function (e) { return !wide.some(function (o) { return o !== e && e.contains(o); });"
            + " }).slice(0, 3).map(function (e) { return e.tagName.toLowerCase()"
            + "  + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.')"
            + "  : '') + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px'; });";
    /**
     * A number with an English unit of time ("2d", "-3h", "5 min"), standing as a word of its own: not a piece
     * of a reference, an address or an id ("TB-T-…-259d-…", "127.0.0.1 d8f…"); or "days", "hours", "minutes".
     */
    private static final Pattern ENGLISH_UNIT = Pattern.compile("(?<![A-Za-z0-9._:/])(?<![A-Za-z0-9]-)\\d+\\s?"
            + "(d|h|m|min|s)(?![A-Za-z0-9_-])|\\b(days?|hours?|minutes?)\\b");

    /** A check that a page failed: which page, which check, what was found. */
    record Failure(String page, String check, String detail) {
        @Override
        public String toString() {
            return page + " | " + check + " | " + detail;
        }
    }

    private final ChromeDriver chrome;
    private final List<Failure> failures;
    private final Map<String, String> answers = new HashMap<>();
    private final Pattern enumNames = enumNames();
    private final String axe = resource(AXE);
    private final NuChecker nu = new NuChecker();

    PageChecks(ChromeDriver chrome, List<Failure> failures) {
        this.chrome = chrome;
        this.failures = failures;
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * Opens {@code path} and runs every check on it, in English and then in Chinese. Answers the same-origin
     * addresses it refers to that answer HTML, for a walk to go on with.
     */
    List<String> check(String path) {
        chrome.get(Browser.PORTAL + path);
        if (!chrome.getCurrentUrl().startsWith(Browser.PORTAL)) {
            fail(path, "signed in", "ended on " + chrome.getCurrentUrl());
            return List.of();
        }
        long status = ((Number) script("var n = performance.getEntriesByType('navigation')[0];"
                + " return n ? n.responseStatus : 0;")).longValue();
        if (status == 404 || status >= 500) {
            fail(path, "status", Long.toString(status));
        }
        List<String> html = references(path);
        images(path);
        widths(path, "");
        accessibility(path);
        markup(path);
        console(path, "");
        chinese(path);
        return html;
    }

    /** Only the overflow check, at the three widths, in English and in Chinese: for pages already checked. */
    void widthsOnly(String path) {
        chrome.get(Browser.PORTAL + path);
        widths(path, "");
        setChinese(true);
        try {
            chrome.navigate().refresh();
            widths(path, " (Chinese)");
        } finally {
            setChinese(false);
        }
    }

    private List<String> references(String path) {
        List<String> found = new ArrayList<>(new TreeSet<>(strings(script(REFERENCES))));
        found.removeIf(u -> u.startsWith("/signout"));
        List<String> unknown = found.stream().filter(u -> !answers.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            List<String> fetched = strings(chrome.executeAsyncScript(FETCH_ALL, unknown));
            for (int i = 0; i < unknown.size(); i++) {
                answers.put(unknown.get(i), fetched.get(i));
            }
        }
        List<String> html = new ArrayList<>();
        for (String url : found) {
            String answer = answers.get(url);
            int status = Integer.parseInt(answer.substring(0, answer.indexOf(' ')));
            if (status < 200 || status >= 400) {
                fail(path, "link", url + " answers " + answer);
            } else if (status == 200 && answer.contains("text/html")) {
                html.add(url);
            }
        }
        return html;
    }

    private void images(String path) {
        script("document.querySelectorAll('img[loading=lazy]').forEach(function (i) { i.loading = 'eager'; });");
        long until = System.currentTimeMillis() + 10_000;
        while (!Boolean.TRUE.equals(script(IMAGES_SETTLED)) && System.currentTimeMillis() < until) {
            pause(50);
        }
        for (String src : strings(script(BROKEN_IMAGES))) {
            fail(path, "image", src + " did not load");
        }
    }

    private void widths(String path, String language) {
        try {
            for (int width : WIDTHS) {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
                List<?> measured = (List<?>) script("return [document.documentElement.scrollWidth, window.innerWidth]");
                long page = ((Number) measured.get(0)).longValue();
                long window = ((Number) measured.get(1)).longValue();
                if (page > window) {
                    fail(path, "width " + width + language, page + " px wide in a " + window + " px window; widest: "
                            + strings(script(WIDE_ELEMENTS)));
                }
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void accessibility(String path) {
        script(axe);
        for (String violation : strings(chrome.executeAsyncScript(AXE_RUN))) {
            fail(path, "axe-core", violation);
        }
    }

    private void markup(String path) {
        String source = (String) chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(location.href, {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done(''); });");
        for (String error : nu.errors(source, Browser.PORTAL + path)) {
            fail(path, "Nu HTML Checker", error);
        }
    }

    private void console(String path, String language) {
        for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                fail(path, "console" + language, entry.getMessage());
            }
        }
    }

    /** Every distinct text {@code pattern} finds in {@code text}, sorted. */
    private static TreeSet<String> allMatches(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        TreeSet<String> all = new TreeSet<>();
        while (found.find()) {
            all.add(found.group());
        }
        return all;
    }

    private void chinese(String path) {
        setChinese(true);
        try {
            chrome.navigate().refresh();
            String text = (String) script("return document.body.innerText");
            TreeSet<String> codes = allMatches(enumNames, text);
            if (!codes.isEmpty()) {
                fail(path, "Chinese page shows codes", String.join(", ", codes));
            }
            TreeSet<String> units = allMatches(ENGLISH_UNIT, text);
            if (!units.isEmpty()) {
                fail(path, "Chinese page shows English units", String.join(", ", units));
            }
            widths(path, " (Chinese)");
            console(path, " (Chinese)");
        } finally {
            setChinese(false);
        }
    }

    private void setChinese(boolean on) {
        if (on) {
            chrome.manage().addCookie(new Cookie("lang", "zh-CN", "/"));
        } else {
            chrome.manage().deleteCookieNamed("lang");
        }
    }

    private void fail(String path, String check, String detail) {
        failures.add(new Failure(path, check, detail));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) chrome).executeScript(script);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The names of the constants of every enum of the portal ({@code arbiter.*}), found by reflection over the
     * compiled classes, as a pattern that matches one of them standing as a word of its own.
     */
    static Pattern enumNames() {
        return enumNames(PHOTO_FORMATS);
    }

    /**
     * Constants named as their things are named in any language: photo formats ("JPEG、PNG 或 WebP" is how a
     * Chinese page says which photos it takes).
     */
    private static final java.util.Set<String> PHOTO_FORMATS = java.util.Set.of("JPEG", "PNG", "WEBP");

    static Pattern enumNames(java.util.Set<String> words) {
        Path classes = Path.of("target", "classes");
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("arbiter"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, PageChecks.class.getClassLoader());
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        if (!words.contains(((Enum<?>) constant).name())) {
                            names.add(((Enum<?>) constant).name());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(e);
        }
        return Pattern.compile("(?<![A-Za-z0-9_])(" + names.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![A-Za-z0-9_])");
    }

    private static String axeVersion() {
        try (InputStream in = PageChecks.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the axe-core webjar is missing from the test classpath", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Nu HTML Checker, in this process, with its bundled schemas (it fetches nothing). */
    static final class NuChecker {

        private final List<String> found = new ArrayList<>();
        private final SimpleDocumentValidator validator;

        NuChecker() {
            ErrorHandler handler = new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings are advice, not errors
                }

                @Override
                public void error(SAXParseException e) {
                    found.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            };
            try {
                validator = new SimpleDocumentValidator(false, false, false);
                validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
                validator.setUpValidatorAndParsers(handler, true, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The errors in {@code html}, each with its line. */
        List<String> errors(String html, String address) {
            found.clear();
            InputSource source = new InputSource(new StringReader(html));
            source.setSystemId(address);
            try {
                validator.checkHtmlInputSource(source);
            } catch (IOException | SAXException e) {
                found.add("could not check: " + e);
            }
            return List.copyOf(found);
        }
    }
}
