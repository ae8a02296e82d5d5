package arbiter.ruling;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.web.Bundles;
import arbiter.web.StateWording;
import io.quarkus.arc.Unremovable;

/**
 * The ruling's values in the audit trail's state: {@code outcome}, {@code responsible}, the forced refund's
 * delivery ({@code refund}) and the ruling's {@code state}.
 */
@ApplicationScoped
@Unremovable
class RulingStateWording implements StateWording {

    @Override
    public Optional<String> word(String field, String value, String language) {
        RulingMessages words = Bundles.in(RulingMessages.class, language);
        return switch (field) {
            case "outcome" -> StateWording.constant(RulingOutcome.class, value).map(words::outcome);
            case "responsible" -> StateWording.constant(ResponsibleParty.class, value).map(words::responsible);
            case "refund" -> StateWording.constant(RefundState.class, value).map(words::refund);
            case "state" -> StateWording.constant(RulingState.class, value).map(words::state);
            default -> Optional.empty();
        };
    }
}
