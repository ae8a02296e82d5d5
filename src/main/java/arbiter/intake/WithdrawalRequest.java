package arbiter.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import arbiter.dispute.WithdrawalReason;
import arbiter.system.ClientInput;

/**
 * The platform's withdrawal of a case, as its JSON body says it (DESIGN "API"): {@code reason} (required, one of
 * {@link WithdrawalReason}), {@code note} (optional, at most {@value Withdrawals#NOTE_MAX} characters) and
 * {@code withdrawnAt} (optional, a date and time with its offset; now when absent, never more than five minutes
 * ahead of the portal's clock). Any other field is refused.
 */
@Schema(name = "Withdrawal", description = "Why and when the platform withdraws a case; any other field is refused", additionalProperties = Schema.False.class)
public record WithdrawalRequest(
        @Schema(required = true) WithdrawalReason reason,
        @Schema(maxLength = Withdrawals.NOTE_MAX, description = "Shown on the case and in the shop's mail; no control characters") String note,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "A date and time with its offset, not in the future; now when absent") Instant withdrawnAt) {

    /** A withdrawal whose body is wrong, each field named; nothing changed. */
    public static class InvalidWithdrawal extends InvalidSubmission {
        InvalidWithdrawal(List<InvalidSubmission.FieldError> errors) {
            super(errors);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("reason", "note", "withdrawnAt");
    /** How far ahead of the portal's clock a platform's clock may be. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * Reads {@code body}; every wrong field is named.
     *
     * @throws InvalidWithdrawal naming each wrong field (and {@code body} when it is not a JSON object)
     */
    static WithdrawalRequest read(String body, Clock clock) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new InvalidWithdrawal(List.of(new InvalidSubmission.FieldError("body", "must be a JSON object")));
        }
        if (json == null || !json.isObject()) {
            throw new InvalidWithdrawal(List.of(new InvalidSubmission.FieldError("body", "must be a JSON object")));
        }
        List<InvalidSubmission.FieldError> errors = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(
                        new InvalidSubmission.FieldError(ClientInput.withoutRefused(name), "is not a field of a withdrawal"));
            }
        });
        WithdrawalReason reason = reason(json.get("reason"), errors);
        String note = note(json.get("note"), errors);
        Instant withdrawnAt = withdrawnAt(json.get("withdrawnAt"), clock, errors);
        if (!errors.isEmpty()) {
            throw new InvalidWithdrawal(errors);
        }
        return new WithdrawalRequest(reason, note, withdrawnAt);
    }

    private static WithdrawalReason reason(JsonNode value, List<InvalidSubmission.FieldError> errors) {
        String allowed = Arrays.toString(WithdrawalReason.values());
        if (value == null || !value.isTextual()) {
            errors.add(new InvalidSubmission.FieldError("reason", "is required, one of " + allowed));
            return null;
        }
        try {
            return WithdrawalReason.valueOf(value.textValue());
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidSubmission.FieldError("reason", "must be one of " + allowed));
            return null;
        }
    }

    private static String note(JsonNode value, List<InvalidSubmission.FieldError> errors) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            errors.add(new InvalidSubmission.FieldError("note", "must be text"));
            return "";
        }
        String note = value.textValue().strip();
        if (note.length() > Withdrawals.NOTE_MAX) {
            errors.add(new InvalidSubmission.FieldError("note", "holds at most " + Withdrawals.NOTE_MAX + " characters"));
        }
        ClientInput.refusedCharacter(note).ifPresent(c -> errors.add(new InvalidSubmission.FieldError("note",
                "holds the control character " + c)));
        return note;
    }

    private static Instant withdrawnAt(JsonNode value, Clock clock, List<InvalidSubmission.FieldError> errors) {
        Instant now = clock.instant();
        if (value == null || value.isNull()) {
            return now;
        }
        String problem = "must be a date and time with its offset, e.g. 2026-11-12T20:13:01+08:00";
        if (!value.isTextual()) {
            errors.add(new InvalidSubmission.FieldError("withdrawnAt", problem));
            return now;
        }
        try {
            Instant at = OffsetDateTime.parse(value.textValue()).toInstant();
            if (!ClientInput.isInRange(at) || at.isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new InvalidSubmission.FieldError("withdrawnAt", "must not lie in the future"));
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add(new InvalidSubmission.FieldError("withdrawnAt", problem));
            return now;
        }
    }
}
