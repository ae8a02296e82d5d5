package arbiter.web;

import java.util.Locale;
import java.util.Optional;

/**
 * A feature's names for the values its services record in the audit trail's state: a field such as
 * {@code status} or {@code outcome} holds a constant's name ({@code "IN_REVIEW"}), which the case's timeline and the
 * audit page show in the page's language. Each feature that records constants has one bean of this type, marked
 * {@code @Unremovable} (nothing injects it; {@link StateValues} looks them all up), and so the web layer names no
 * feature.
 */
public interface StateWording {

    /**
     * The name of {@code value} of {@code field} in {@code language} ("en" or "zh"); empty when the field is not one
     * this feature words, or the value names none of its constants.
     */
    Optional<String> word(String field, String value, String language);

    /**
     * The constant of {@code type} that {@code value} names, read as the services record it (a constant's name; case
     * and {@code -} for {@code _} forgiven); empty for anything else.
     */
    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
