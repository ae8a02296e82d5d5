package arbiter.supervision;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.event.CaseEventType;
import arbiter.event.DeliveryState;
import arbiter.web.Bundles;
import arbiter.web.StateWording;
import io.quarkus.arc.Unremovable;

/** A case event's delivery in the audit trail's state (a supervisor's retry): {@code delivery} and {@code event}. */
@ApplicationScoped
@Unremovable
class DeliveryStateWording implements StateWording {

    @Override
    public Optional<String> word(String field, String value, String language) {
        SupervisionMessages words = Bundles.in(SupervisionMessages.class, language);
        return switch (field) {
            case "delivery" -> StateWording.constant(DeliveryState.class, value).map(words::delivery);
            case "event" -> StateWording.constant(CaseEventType.class, value).map(words::eventType);
            default -> Optional.empty();
        };
    }
}
