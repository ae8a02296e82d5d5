package arbiter.dispute;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** The SLA's look on pages: {@code {row.slaDueAt.slaClass}} for a due time (DESIGN "SLA", the warning window). */
@TemplateExtension
public class SlaTemplateExtensions {

    /** The due time's SLA state for styling: {@code overdue}, {@code due-soon} (within the warning window), or empty. */
    static String slaClass(Instant due) {
        return slaClass(due, Instant.now());
    }

    /** {@link #slaClass(Instant)} at {@code now}. */
    static String slaClass(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        if (left.isNegative()) {
            return "overdue";
        }
        return left.compareTo(SlaWarning.get()) < 0 ? "due-soon" : "";
    }

    /** The SLA warning window, looked up once (the configuration does not change while the portal runs). */
    private static final class SlaWarning {
        private static volatile Duration warning;

        static Duration get() {
            Duration known = warning;
            if (known == null) {
                known = Arc.container().instance(SlaRules.class).get().warning();
                warning = known;
            }
            return known;
        }
    }
}
