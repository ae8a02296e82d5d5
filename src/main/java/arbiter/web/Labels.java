package arbiter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.Variant;

/**
 * The label of an enum constant in the page's language, as {@code {status.label}}: the same text as
 * {@code {msg:message(status.labelKey)}}, from the same bundles, but looked up once per constant and
 * language instead of once per row (the queue shows a hundred labels a page).
 */
@TemplateExtension
public class Labels {

    private static final Map<String, Map<Enum<?>, String>> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** Bundles by name ({@code msg}, {@code err}, ...) and language ("en", "zh"), each read once. */
    private static final Map<String, Map<String, Properties>> BUNDLES = new ConcurrentHashMap<>();

    static String label(Enum<?> value, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return label(value, language(locale, variant));
    }

    /** The label of {@code value} in "en" or "zh", as {@code {value.label}} shows it on a page of that language. */
    public static String label(Enum<?> value, String language) {
        return BY_LANGUAGE.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(value, v -> text(language, TemplateExtensions.labelKey(v)));
    }

    /**
     * The language of a page as the msg: namespace finds it, from the template instance's attributes: its
     * locale, else the variant chosen for it. "zh" for any Chinese locale, "en" otherwise.
     */
    public static String language(Object locale, Object variant) {
        return language(locale != null ? locale : variant instanceof Variant chosen ? chosen.getLocale() : null);
    }

    public static String language(Object locale) {
        String tag = locale instanceof Locale l ? l.getLanguage() : locale == null ? "en" : locale.toString();
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
    }

    /** A message in "en" or "zh", for text made outside templates (the statistics' charts). */
    public static String message(String language, String key) {
        return text(language, key);
    }

    /** Whether the bundles hold {@code key} (both hold the same keys; I18nBundlesTest sees to it). */
    public static boolean has(String key) {
        return bundle("msg", "en").containsKey(key);
    }

    /** A message of another bundle ({@code err}, {@code sup}, ...) in "en" or "zh", for text made outside templates. */
    public static String message(String bundle, String language, String key) {
        return text(bundle, language, key);
    }

    private static String text(String language, String key) {
        return text("msg", language, key);
    }

    private static String text(String bundle, String language, String key) {
        String text = bundle(bundle, language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no message " + key + " in " + bundle + "_" + language + ".properties");
        }
        return text;
    }

    private static Properties bundle(String bundle, String language) {
        return BUNDLES.computeIfAbsent(bundle, b -> new ConcurrentHashMap<>())
                .computeIfAbsent(language, l -> load(bundle + "_" + l));
    }

    /** Reads {@code messages/{bundle}_{language}.properties}, named as {@code bundle_language}. */
    private static Properties load(String bundleAndLanguage) {
        String resource = "messages/" + bundleAndLanguage + ".properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
