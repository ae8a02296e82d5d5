package arbiter.intake;

import java.time.Instant;
import java.time.OffsetDateTime;

import arbiter.dispute.NewDispute;

/** From the platform's words to the case's snapshot of its order. */
final class SubmissionMapping {

    private SubmissionMapping() {
    }

    /** The dispute {@code s} escalates, with the hash of what the platform sent ({@link DisputeIntake#contentHash}). */
    static NewDispute toNewDispute(DisputeSubmission s, String contentHash) {
        return new NewDispute(s.externalId(), contentHash, s.seller().shopId(), s.order().orderNo(),
                s.order().itemTitle(), s.order().amountPaid(), s.order().currency(), instant(s.order().paidAt()),
                instant(s.order().shippedAt()), instant(s.order().deliveredAt()), s.buyer().id(), s.buyer().nick(),
                s.reason(), s.requestedRefund(), s.buyerStatement(), s.escalatedBy(), instant(s.escalatedAt()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
