package arbiter.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * The state the audit trail keeps for an event (field and value, as the services record them: a status, an
 * outcome or a party by its constant's name) in the page's words. A value is worded by the first label family
 * of its field that has it ({@code state} is a ruling's or an appeal's); any other value (a name, an amount, a
 * note) is shown as written.
 */
@TemplateExtension
public class StateValues {

    private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            Map.entry("status", List.of("DisputeStatus")),
            Map.entry("escalatedBy", List.of("Party")),
            Map.entry("party", List.of("Party")),
            Map.entry("outcome", List.of("RulingOutcome")),
            Map.entry("responsible", List.of("ResponsibleParty")),
            Map.entry("grade", List.of("PenaltyGrade")),
            Map.entry("refund", List.of("RefundState")),
            Map.entry("state", List.of("RulingState", "State")),
            Map.entry("verdict", List.of("Verdict")),
            Map.entry("kind", List.of("NoticeKind")),
            Map.entry("via", List.of("Via")));

    private StateValues() {
    }

    /** The message key naming {@code value} of {@code field}, if it names a constant the bundles word. */
    public static Optional<String> labelKey(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return FAMILIES.getOrDefault(field, List.of()).stream().map(family -> family + "_" + constant)
                .filter(Labels::has).findFirst();
    }

    /** The value of a state entry in the page's language. */
    static String stateValue(Map.Entry<String, String> entry, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return labelKey(entry.getKey(), entry.getValue())
                .map(key -> Labels.message(Labels.language(locale, variant), key)).orElse(entry.getValue());
    }

    /** The field of a state entry in the page's language (the timeline's label), else as recorded. */
    static String stateField(Map.Entry<String, String> entry, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        String key = "timeline_" + entry.getKey();
        return Labels.has(key) ? Labels.message(Labels.language(locale, variant), key) : entry.getKey();
    }
}
