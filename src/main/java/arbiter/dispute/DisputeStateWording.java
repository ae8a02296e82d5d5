package arbiter.dispute;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import arbiter.web.Bundles;
import arbiter.web.StateWording;
import io.quarkus.arc.Unremovable;

/**
 * The dispute's values in the audit trail's state: {@code status}, the parties ({@code escalatedBy},
 * {@code party}), how a case was claimed ({@code via}) and why it was withdrawn ({@code withdrawal}).
 */
@ApplicationScoped
@Unremovable
class DisputeStateWording implements StateWording {

    @Override
    public Optional<String> word(String field, String value, String language) {
        DisputeMessages words = Bundles.in(DisputeMessages.class, language);
        return switch (field) {
            case "status" -> StateWording.constant(DisputeStatus.class, value).map(words::status);
            case "escalatedBy", "party" -> StateWording.constant(Party.class, value).map(words::party);
            case "withdrawal" -> StateWording.constant(WithdrawalReason.class, value).map(words::withdrawal);
            case "via" -> "TAKE_NEXT".equalsIgnoreCase(value.replace('-', '_'))
                    ? Optional.of(words.via_take_next())
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
