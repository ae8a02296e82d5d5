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

import arbiter.audit.AuditAction;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Party;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.RefundState;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingOutcome;
import arbiter.ruling.RulingState;

/** All UI text lives in the message bundles, each in English and Chinese with the same keys. */
class I18nBundlesTest {

    /** Every message bundle, by its namespace; each has an English and a Chinese file in messages/. */
    static final List<String> BUNDLES = List.of("msg", "page", "queue", "sup", "sel", "err");

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

    @Test
    void everyEnumShownOnAPageHasALabel() throws IOException {
        Set<String> keys = load("msg_en.properties").stringPropertyNames();
        List<Enum<?>> shown = shownEnums();
        shown.forEach(value -> assertTrue(keys.contains(TemplateExtensions.labelKey(value)),
                "label for " + TemplateExtensions.labelKey(value)));
    }

    /**
     * Numbers a rule sets, such as a grade's points, come from configuration and are shown from there: a label that
     * states one would go wrong when the configuration changes (as "Minor violation (2 points)" did).
     */
    @Test
    void noEnumLabelStatesANumber() throws IOException {
        for (String bundle : List.of("msg_en.properties", "msg_zh.properties")) {
            Properties messages = load(bundle);
            List<String> numbered = shownEnums().stream().map(TemplateExtensions::labelKey)
                    .filter(key -> messages.getProperty(key, "").chars().anyMatch(Character::isDigit)).toList();
            assertTrue(numbered.isEmpty(), bundle + ": labels with numbers: " + numbered);
        }
    }

    /** The enums whose constants pages show by their labels. */
    private static List<Enum<?>> shownEnums() {
        List<Enum<?>> shown = new ArrayList<>(List.of(DisputeStatus.values()));
        shown.addAll(List.of(DisputeReason.values()));
        shown.addAll(List.of(Party.values()));
        shown.addAll(List.of(AuditAction.values()));
        shown.addAll(List.of(RulingOutcome.values()));
        shown.addAll(List.of(ResponsibleParty.values()));
        shown.addAll(List.of(PenaltyGrade.values()));
        shown.addAll(List.of(RefundState.values()));
        shown.addAll(List.of(RulingState.values()));
        return shown;
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
