package arbiter.intake;

import java.time.Instant;
import java.time.OffsetDateTime;

import arbiter.dispute.Dispute;
import arbiter.shop.Shop;

/** From the platform's words to the case's snapshot of its order. */
final class SubmissionMapping {

    private SubmissionMapping() {
    }

    static Dispute toDispute(DisputeSubmission s, String contentHash, Shop shop) {
        Dispute d = new Dispute();
        d.externalId = s.externalId();
        d.contentHash = contentHash;
        d.shop = shop;
        d.orderNo = s.order().orderNo();
        d.itemTitle = s.order().itemTitle();
        d.amountPaidMinor = s.order().amountPaid();
        d.currency = s.order().currency();
        d.paidAt = instant(s.order().paidAt());
        d.shippedAt = instant(s.order().shippedAt());
        d.deliveredAt = instant(s.order().deliveredAt());
        d.buyerId = s.buyer().id();
        d.buyerNick = s.buyer().nick();
        d.reason = s.reason();
        d.requestedRefundMinor = s.requestedRefund();
        d.buyerStatement = s.buyerStatement();
        d.escalatedBy = s.escalatedBy();
        d.escalatedAt = instant(s.escalatedAt());
        return d;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
