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
     * value, either a time or the field and value as recorded ({@code state}, shown as {@code {d.state.stateValue}}:
     * a constant in the page's words, anything else as written, "—" for nothing). Exactly one of {@code state} and
     * {@code time} is set.
     */
    public record Detail(String labelKey, Map.Entry<String, String> state, Instant time) {
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

    /** A time field ({@code ...At}) as a time; anything else as recorded, for the page to word in its language. */
    private static Detail detail(String key, String value, boolean before) {
        String labelKey = "timeline_" + key + (before ? "_before" : "");
        if (key.endsWith("At")) {
            try {
                return new Detail(labelKey, null, Instant.parse(value));
            } catch (DateTimeParseException notATime) {
                // shown as written
            }
        }
        return new Detail(labelKey, Map.entry(key, value.isEmpty() ? "—" : value), null);
    }
}
