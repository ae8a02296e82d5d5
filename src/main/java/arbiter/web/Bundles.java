package arbiter.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The message bundles from Java, for text made outside templates (a chart, a mail's facts, a cell the queue keys
 * its cache by), and the page's language as the bundles name it: "en" (the default) or "zh".
 */
public final class Bundles {

    private static final Map<Class<?>, Map<String, Object>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Bundles() {
    }

    /**
     * The bundle {@code type} (an interface annotated {@code @MessageBundle}) in {@code language}, "en" or "zh" (any
     * other tag is read by {@link #language(Object)}); looked up once per bundle and language.
     */
    public static <T> T in(Class<T> type, String language) {
        String tag = language(language);
        return type.cast(BY_LANGUAGE.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(tag,
                l -> l.equals("zh") ? MessageBundles.get(type, Localized.Literal.of("zh")) : MessageBundles.get(type)));
    }

    /**
     * The language of a page as the message namespaces find it, from the template instance's attributes: its locale,
     * else the variant chosen for it. "zh" for any Chinese locale, "en" otherwise.
     */
    public static String language(Object locale, Object variant) {
        return language(locale != null ? locale : variant instanceof Variant chosen ? chosen.getLocale() : null);
    }

    /** "zh" for a Chinese locale or language tag ("zh", "zh-CN", "zh_TW"), "en" for anything else, null included. */
    public static String language(Object locale) {
        String tag = locale instanceof Locale l ? l.getLanguage() : locale == null ? "en" : locale.toString();
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
    }
}
