package arbiter.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The names of an enum's constants in each language, asked of their bundle once per constant and language and then
 * kept: for Java that names a constant per row, such as the queue's lines, whose texts also key its rendered rows.
 *
 * @param <E> the enum
 */
public final class EnumLabels<E extends Enum<E>> {

    private final Class<E> type;
    private final BiFunction<String, E, String> name;
    private final Map<String, Map<E, String>> byLanguage = new ConcurrentHashMap<>();

    /**
     * @param type the enum
     * @param name a constant's name in a language ("en" or "zh"), from the feature's bundle, e.g.
     *        {@code (language, s) -> Bundles.in(DisputeMessages.class, language).status(s)}
     */
    public EnumLabels(Class<E> type, BiFunction<String, E, String> name) {
        this.type = type;
        this.name = name;
    }

    /** The name of {@code value} in {@code language} ("en" or "zh"). */
    public String of(E value, String language) {
        return byLanguage.computeIfAbsent(language, this::all).get(value);
    }

    private Map<E, String> all(String language) {
        Map<E, String> names = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            names.put(constant, name.apply(language, constant));
        }
        return names;
    }
}
