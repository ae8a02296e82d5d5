package arbiter.supervision;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.supervision.QaReview.Verdict;
import arbiter.web.Bundles;
import arbiter.web.StateWording;
import io.quarkus.arc.Unremovable;

/** Quality review's value in the audit trail's state: a reviewer's {@code verdict}. */
@ApplicationScoped
@Unremovable
class QaStateWording implements StateWording {

    @Override
    public Optional<String> word(String field, String value, String language) {
        return field.equals("verdict")
                ? StateWording.constant(Verdict.class, value).map(Bundles.in(SupervisionMessages.class, language)::verdict)
                : Optional.empty();
    }
}
