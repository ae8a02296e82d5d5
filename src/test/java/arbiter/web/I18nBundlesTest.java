package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** All UI text lives in the message bundles, each in English and Chinese with the same keys. */
class I18nBundlesTest {

    /** Every message bundle, by its namespace: one per feature, each with an English and a Chinese file. */
    static final List<String> BUNDLES = List.of("page", "err", "flash", "mail", "audit", "penalty", "dispute", "queue",
            "evidence", "ruling", "intake", "case", "home", "sup", "sel", "search", "policy");

    /** The list above is every bundle in messages/, so the tests below read them all. */
    @Test
    void theListedBundlesAreAllTheBundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            assertEquals(Set.copyOf(BUNDLES), files.map(f -> f.getFileName().toString())
                    .map(name -> name.replaceAll("_(en|zh)\\.properties$", "")).collect(java.util.stream.Collectors.toSet()));
        }
    }

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** What may stand between tags and expressions: punctuation and space, no words. */
    static final Pattern NO_WORDS = Pattern.compile("[\\s\\p{Punct}·—…]*");

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            assertEquals(load(bundle + "_en.properties").stringPropertyNames(),
                    load(bundle + "_zh.properties").stringPropertyNames(), bundle);
        }
    }

    /**
     * Each language's file says its messages in that language: a Chinese message holds Chinese characters (its
     * placeholders aside), an English one none. Qute's build checks that every message a template names exists,
     * not that it was translated; an English sentence pasted into the Chinese file would pass it.
     */
    @Test
    void eachLanguagesMessagesAreWrittenInThatLanguage() throws IOException {
        Pattern chinese = Pattern.compile("[\\x{3400}-\\x{9FFF}]");
        Pattern placeholder = Pattern.compile("\\{[^}]*}");
        List<String> wrong = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties zh = load(bundle + "_zh.properties");
            Properties en = load(bundle + "_en.properties");
            for (String key : zh.stringPropertyNames()) {
                String text = placeholder.matcher(zh.getProperty(key)).replaceAll("");
                if (!key.equals("html_lang") && !chinese.matcher(text).find()) {
                    wrong.add(bundle + "_zh " + key + "=" + zh.getProperty(key));
                }
            }
            for (String key : en.stringPropertyNames()) {
                if (chinese.matcher(en.getProperty(key)).find()) {
                    wrong.add(bundle + "_en " + key + "=" + en.getProperty(key));
                }
            }
        }
        assertTrue(wrong.isEmpty(), "messages not in their file's language: " + wrong);
    }

    /**
     * Numbers a rule sets, such as a grade's points, come from configuration and are shown from there: a constant's
     * name that states one would go wrong when the configuration changes (as "Minor violation (2 points)" did). The
     * names of constants are the keys of enum-parameter message methods, {@code method_CONSTANT} or
     * {@code method_$CONSTANT}.
     */
    @Test
    void noConstantsNameStatesANumber() throws IOException {
        Pattern constantKey = Pattern.compile("[a-z]+_\\$?[A-Z][A-Z0-9_]*");
        List<String> numbered = new ArrayList<>();
        int names = 0;
        for (String bundle : BUNDLES) {
            for (String language : List.of("en", "zh")) {
                Properties messages = load(bundle + "_" + language + ".properties");
                for (String key : messages.stringPropertyNames()) {
                    if (constantKey.matcher(key).matches()) {
                        names++;
                        if (messages.getProperty(key).chars().anyMatch(Character::isDigit)) {
                            numbered.add(bundle + "_" + language + " " + key);
                        }
                    }
                }
            }
        }
        assertTrue(names > 100, "the names of constants were found: " + names);
        assertTrue(numbered.isEmpty(), "names of constants with numbers: " + numbered);
    }

    /**
     * An English count agrees with its noun: a number shown before a plural noun ("{cases} cases", "{count} more
     * cases") goes through {@code counted}, which gives "1 case" for one ({@link TemplateExtensions#counted}). Only
     * bounds that configuration sets and that are never one are written plainly: {@code {days}}, {@code {max}}.
     */
    @Test
    void englishCountsAgreeWithTheirNoun() throws IOException {
        Pattern countThenPlural = Pattern.compile("\\{(\\w+)} (?:more )?([a-z]{3,}s)\\b");
        Set<String> bounds = Set.of("days", "max");
        Set<String> verbs = Set.of("has", "was", "does");
        List<String> plain = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties en = load(bundle + "_en.properties");
            for (String key : en.stringPropertyNames()) {
                java.util.regex.Matcher found = countThenPlural.matcher(en.getProperty(key));
                while (found.find()) {
                    if (!bounds.contains(found.group(1)) && !verbs.contains(found.group(2))) {
                        plain.add(bundle + "_en " + key + ": " + found.group());
                    }
                }
            }
        }
        assertTrue(plain.isEmpty(), "counts shown without counted(...): " + plain);
    }

    /**
     * A flash message is named by a key in Java ({@code flash.success("flash_ruled")}) and found in the
     * {@code flash} bundle only when a page shows it, so Qute's build cannot check it: each key the code names is
     * in the bundle.
     */
    @Test
    void everyFlashMessageTheCodeNamesIsInTheFlashBundle() throws IOException {
        Set<String> keys = load("flash_en.properties").stringPropertyNames();
        Pattern named = Pattern.compile("\"(flash_[a-z0-9_]+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = named.matcher(Files.readString(source));
                while (matcher.find()) {
                    found++;
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(found > 40, "flash keys named in the code: " + found);
        assertTrue(missing.isEmpty(), "flash keys not in flash_en.properties: " + missing);
    }

    @Test
    void templatesHoldNoTextOfTheirOwn() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path template : templates()) {
            String withoutQute = stripQute(Files.readString(template));
            for (Element element : Jsoup.parse(withoutQute).getAllElements()) {
                if (element.hasAttr("lang") && !element.tagName().equals("html") || element.tagName().equals("code")) {
                    continue; // a language's own name in the switch; code samples
                }
                for (TextNode text : element.textNodes()) {
                    if (!NO_WORDS.matcher(text.text()).matches()) {
                        offending.add(template + ": \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : List.of("title", "alt", "placeholder", "aria-label")) {
                    if (element.hasAttr(attribute) && !NO_WORDS.matcher(element.attr(attribute)).matches()) {
                        offending.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertTrue(offending.isEmpty(), "text outside the message bundles: " + offending);
    }

    /** Removes Qute expressions and section tags, innermost first. */
    static String stripQute(String template) {
        Pattern innermost = Pattern.compile("\\{[^{}]*\\}");
        String previous;
        String current = template;
        do {
            previous = current;
            current = innermost.matcher(current).replaceAll("");
        } while (!current.equals(previous));
        return current;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources/messages", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
