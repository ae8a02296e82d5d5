package arbiter.penalty;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.web.Bundles;
import arbiter.web.StateWording;
import io.quarkus.arc.Unremovable;

/**
 * The penalty's values in the audit trail's state: a penalty's {@code grade}, an appeal's {@code state} and a
 * notice's {@code kind}.
 */
@ApplicationScoped
@Unremovable
class PenaltyStateWording implements StateWording {

    @Override
    public Optional<String> word(String field, String value, String language) {
        PenaltyMessages words = Bundles.in(PenaltyMessages.class, language);
        return switch (field) {
            case "grade" -> StateWording.constant(PenaltyGrade.class, value).map(words::grade);
            case "state" -> StateWording.constant(Appeal.State.class, value).map(words::appeal);
            case "kind" -> StateWording.constant(PenaltyNotice.Kind.class, value).map(words::notice);
            default -> Optional.empty();
        };
    }
}
