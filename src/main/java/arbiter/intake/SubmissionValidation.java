package arbiter.intake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import arbiter.dispute.Party;
import arbiter.intake.DisputeSubmission.ChatLine;
import arbiter.intake.DisputeSubmission.EvidenceLine;
import arbiter.intake.InvalidSubmission.FieldError;
import arbiter.system.ClientInput;

/** Everything a submission must satisfy before anything of it is stored. */
@ApplicationScoped
class SubmissionValidation {

    @Inject
    Validator validator;

    /** Throws naming every wrong field; returns when the submission and its photo parts fit together. */
    void check(DisputeSubmission s, Set<String> photoParts) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(s).forEach(v -> errors.add(new FieldError(jsonPath(v.getPropertyPath()), v.getMessage())));
        if (errors.isEmpty()) {
            checkConsistency(s, photoParts, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidSubmission(errors);
        }
    }

    private static void checkConsistency(DisputeSubmission s, Set<String> photoParts, List<FieldError> errors) {
        if (s.requestedRefund() > s.order().amountPaid()) {
            errors.add(new FieldError("requestedRefund", "must not exceed order.amountPaid"));
        }
        if (!isKnownCurrency(s.order().currency())) {
            errors.add(new FieldError("order.currency", "is not an ISO 4217 currency"));
        }
        if (s.escalatedBy() == Party.PLATFORM) {
            errors.add(new FieldError("escalatedBy", "must be BUYER or SELLER"));
        }
        inRange(s.order().paidAt(), "order.paidAt", errors);
        inRange(s.order().shippedAt(), "order.shippedAt", errors);
        inRange(s.order().deliveredAt(), "order.deliveredAt", errors);
        inRange(s.escalatedAt(), "escalatedAt", errors);
        for (int i = 0; i < s.chat().size(); i++) {
            inRange(s.chat().get(i).at(), "chat[" + i + "].at", errors);
        }
        notBefore(s.order().shippedAt(), s.order().paidAt(), "order.shippedAt", "order.paidAt", errors);
        notBefore(s.order().deliveredAt(), s.order().shippedAt(), "order.deliveredAt", "order.shippedAt", errors);
        notBefore(s.escalatedAt(), s.order().paidAt(), "escalatedAt", "order.paidAt", errors);

        Set<String> referenced = new HashSet<>();
        for (int i = 0; i < s.chat().size(); i++) {
            ChatLine line = s.chat().get(i);
            if (line.text().isBlank() && line.photoNames().isEmpty()) {
                errors.add(new FieldError("chat[" + i + "].text", "must not be blank in a message without photos"));
            }
            if (line.at().isAfter(s.escalatedAt())) {
                errors.add(new FieldError("chat[" + i + "].at", "must not be after escalatedAt"));
            }
            for (int j = 0; j < line.photoNames().size(); j++) {
                reference(line.photoNames().get(j), "chat[" + i + "].photos[" + j + "]", photoParts, referenced, errors);
            }
        }
        for (int i = 0; i < s.evidence().size(); i++) {
            EvidenceLine line = s.evidence().get(i);
            if (line.party() == Party.PLATFORM) {
                errors.add(new FieldError("evidence[" + i + "].party", "must be BUYER or SELLER"));
            }
            reference(line.photo(), "evidence[" + i + "].photo", photoParts, referenced, errors);
        }
        photoParts.stream().filter(part -> !referenced.contains(part)).sorted().forEach(
                part -> errors.add(new FieldError(part, "is a photo part that neither the chat nor the evidence references")));
    }

    private static void reference(String name, String field, Set<String> parts, Set<String> referenced,
            List<FieldError> errors) {
        if (parts.contains(name)) {
            referenced.add(name);
        } else {
            errors.add(new FieldError(field, "references photo part '" + name + "', which is not in the request"));
        }
    }

    /** A time the database and every sum over it can hold ({@link ClientInput#isInRange}). */
    private static void inRange(OffsetDateTime at, String field, List<FieldError> errors) {
        if (at != null && !ClientInput.isInRange(at.toInstant())) {
            errors.add(new FieldError(field, "must be between 1970-01-01 and 9999-12-31"));
        }
    }

    private static void notBefore(OffsetDateTime later, OffsetDateTime earlier, String laterField, String earlierField,
            List<FieldError> errors) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            errors.add(new FieldError(laterField, "must not be before " + earlierField));
        }
    }

    private static boolean isKnownCurrency(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A validation path in the form the JSON reader names fields ({@code chat[0].photos[1]}): the validator
     * names a list's element {@code <list element>}, which is the list's index and nothing more.
     */
    static String jsonPath(jakarta.validation.Path path) {
        StringBuilder json = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                json.append('[').append(node.getIndex()).append(']'); // the element of the node before
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                json.append(json.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return json.isEmpty() ? "dispute" : json.toString();
    }
}
