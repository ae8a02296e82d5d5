package arbiter.ruling;

import java.util.List;

import jakarta.ws.rs.FormParam;

import arbiter.money.Money;

/** The ruling form as the arbitrator sent it: every field as typed, so that a refused form comes back as it was. */
public class RulingForm {

    @FormParam("outcome")
    public String outcome;

    /** The refund of a partial refund, in yuan as typed. */
    @FormParam("refund")
    public String refund;

    @FormParam("responsible")
    public String responsible;

    /** Empty for no penalty. */
    @FormParam("grade")
    public String grade;

    /** {@code CODE/version}, e.g. {@code QUAL-1/1}. */
    @FormParam("clause")
    public String clause;

    @FormParam("rationale")
    public String rationale;

    /** The ids of the chat messages marked as relied on (check boxes beside the chat, outside the form's element). */
    @FormParam("reliedMessage")
    public List<String> reliedMessages;

    /** The SHA-256 of the photos marked as relied on. */
    @FormParam("reliedPhoto")
    public List<String> reliedPhotos;

    /** Whether the form marks that chat message as relied on (the page's check boxes). */
    public boolean reliesOnMessage(long id) {
        return reliedMessages != null && reliedMessages.contains(Long.toString(id));
    }

    /** Whether the form marks that photo as relied on. */
    public boolean reliesOnPhoto(String sha256) {
        return reliedPhotos != null && reliedPhotos.contains(sha256);
    }

    /** The rationale template version the rationale started from, {@code id/version}; empty for none. */
    @FormParam("template")
    public String template;

    /** The template chosen to insert ({@code id/version}), sent with {@code action=template}. */
    @FormParam("templateChoice")
    public String templateChoice;

    /**
     * The refund this form decides so far, for a template's {@code {refund}}: the amount paid for a full refund, the
     * amount typed for a partial one, nothing for a rejected claim; the refund requested before the outcome is chosen
     * (or while the amount typed is not one).
     */
    public Money refundSoFar(Money amountPaid, Money requested) {
        if ("FULL_REFUND".equals(outcome)) {
            return amountPaid;
        }
        if ("REJECTED".equals(outcome)) {
            return Money.of(0, amountPaid.currency().getCurrencyCode());
        }
        if ("PARTIAL_REFUND".equals(outcome)) {
            return Money.parse(refund, amountPaid.currency()).filter(Money::isPositive).orElse(requested);
        }
        return requested;
    }

    /** The case's version when the form was shown. */
    @FormParam("version")
    public String version;

    /** The id of the precedent cited (a ruling of a close case); empty for none. */
    @FormParam("precedent")
    public String precedent;

    /** Why the ruling goes against most close precedents, when it does (issue 17). */
    @FormParam("departureReason")
    public String departureReason;
}
