package arbiter.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * The state the audit trail keeps for an event (field and value, as the services record them: a status, an
 * outcome or a party by its constant's name) in the page's words, as {@code {entry.stateValue}}: a value is worded by
 * the first feature's {@link StateWording} that names it ({@code state} is a ruling's or an appeal's); any other value
 * (a name, an amount, a note) is shown as written.
 */
@TemplateExtension
public class StateValues {

    private static volatile List<StateWording> wordings;

    private StateValues() {
    }

    /** The name of {@code value} of {@code field} in {@code language} ("en" or "zh"), if a feature words it. */
    static Optional<String> word(String field, String value, String language) {
        for (StateWording wording : wordings()) {
            Optional<String> word = wording.word(field, value, language);
            if (word.isPresent()) {
                return word;
            }
        }
        return Optional.empty();
    }

    /** The value of a state entry in the page's language. */
    static String stateValue(Map.Entry<String, String> entry, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return word(entry.getKey(), entry.getValue(), Bundles.language(locale, variant)).orElse(entry.getValue());
    }

    /**
     * The key that names a state entry's field in the {@code audit} bundle ({@code timeline_<field>}), as
     * {@code {audit:message(entry.stateFieldKey) ?: entry.key}} shows it; a field without a name there is shown as
     * recorded.
     */
    static String stateFieldKey(Map.Entry<String, String> entry) {
        return "timeline_" + entry.getKey();
    }

    private static List<StateWording> wordings() {
        List<StateWording> known = wordings;
        if (known == null) {
            known = Arc.container().select(StateWording.class).stream().toList();
            wordings = known;
        }
        return known;
    }
}
