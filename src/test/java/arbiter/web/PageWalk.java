package arbiter.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openqa.selenium.chrome.ChromeDriver;

import arbiter.Browser;
import arbiter.Chromium;

/**
 * A walk over the portal as one user: signed in on Keycloak's real login page, from the role's home,
 * following every same-origin link that answers HTML breadth-first, and the pages given by known address;
 * each page through {@link PageChecks}. Addresses are told apart by their pattern (numbers, photo hashes and
 * query values left out), and at most {@value #PER_PATTERN} of each pattern are walked, so that the walk is
 * bounded whatever the data. The sign-out form is never sent, nor any other form.
 */
final class PageWalk {

    static final int PER_PATTERN = 2;

    private PageWalk() {
    }

    /** Walks the portal as {@code username} from its home and {@code known}; the pages walked. */
    static Set<String> walk(String username, Collection<String> known, List<PageChecks.Failure> failures)
            throws Exception {
        try (Chromium chromium = new Chromium(1440, 900)) {
            ChromeDriver chrome = chromium.driver();
            signIn(chrome, username);
            PageChecks checks = new PageChecks(chrome, failures);
            Map<String, Integer> perPattern = new HashMap<>();
            Set<String> seen = new HashSet<>();
            Set<String> walked = new LinkedHashSet<>();
            Deque<String> next = new ArrayDeque<>();
            next.add("/");
            seen.add("/");
            for (String page : known) {
                if (seen.add(page)) {
                    next.add(page);
                    perPattern.merge(pattern(page), 1, Integer::sum);
                }
            }
            perPattern.merge(pattern("/"), 1, Integer::sum);
            while (!next.isEmpty()) {
                String page = next.poll();
                walked.add(page);
                for (String link : checks.check(page)) {
                    if (seen.add(link) && perPattern.merge(pattern(link), 1, Integer::sum) <= PER_PATTERN) {
                        next.add(link);
                    }
                }
            }
            return walked;
        }
    }

    /** Signs in on Keycloak's login page, as a person would. */
    static void signIn(ChromeDriver chrome, String username) {
        Chromium.signIn(chrome, Browser.PORTAL + "/", username);
        chrome.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // Keycloak's page is not ours
    }

    /** An address without what varies between instances of one page: numbers, hashes, query values. */
    static String pattern(String address) {
        URI uri = URI.create(address);
        String path = uri.getRawPath().replaceAll("[0-9a-f]{64}", "{sha}").replaceAll("\\d+", "{n}");
        if (uri.getRawQuery() == null) {
            return path;
        }
        TreeSet<String> names = new TreeSet<>();
        for (String parameter : uri.getRawQuery().split("&")) {
            names.add(parameter.split("=", 2)[0]);
        }
        return path + "?" + String.join("&", names);
    }
}
