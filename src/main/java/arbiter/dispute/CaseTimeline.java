package arbiter.dispute;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.web.StateValues;

/** Everything that happened to a case, oldest first, read from the audit trail in one query. */
@ApplicationScoped
public class CaseTimeline {

    @Inject
    AuditTrail audit;

    /** One line of the timeline: when, who, what, and the details that changed. */
    public record Entry(Instant at, String actor, String actorRole, AuditAction action, List<Detail> details) {
    }

    /**
     * A detail: its label's key in the {@code audit} bundle ({@code timeline_<field>}, or {@code ..._before}), and its
     * value as text, as a recorded constant that the page words in its language ({@code named}, field and value, shown
     * as {@code {d.named.stateValue}}), or as a time. Exactly one of {@code text}, {@code named} and {@code time} is
     * set.
     */
    public record Detail(String labelKey, String text, Map.Entry<String, String> named, Instant time) {
    }

    public List<Entry> of(long disputeId) {
        List<Entry> entries = new ArrayList<>();
        for (AuditTrail.Entry event : audit.of(Target.dispute(disputeId))) {
            List<Detail> details = new ArrayList<>();
            event.before().forEach((key, value) -> details.add(detail(key, value, true)));
            event.after().forEach((key, value) -> details.add(detail(key, value, false)));
            entries.add(new Entry(event.at(), event.actor(), event.actorRole(), event.action(), details));
        }
        return entries;
    }

    /** A value that names a constant (a status, an outcome, a party...) is shown by its label, in the page's language. */
    private static Detail detail(String key, String value, boolean before) {
        String labelKey = "timeline_" + key + (before ? "_before" : "");
        if (StateValues.isNamed(key, value)) {
            return new Detail(labelKey, null, Map.entry(key, value), null);
        }
        if (key.endsWith("At")) {
            try {
                return new Detail(labelKey, null, null, Instant.parse(value));
            } catch (DateTimeParseException notATime) {
                // shown as written
            }
        }
        return new Detail(labelKey, value.isEmpty() ? "—" : value, null, null);
    }
}
