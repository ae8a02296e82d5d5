package arbiter.dispute;

import java.time.Instant;

/**
 * A dispute as the order platform escalates it, for {@link Disputes#open(NewDispute)}: the platform's id for it and
 * the hash of what it sent (to know a resubmission), the shop (by id, already known to {@code shop.Shops}), the
 * order's snapshot, the buyer, the claim and who escalated it when. Amounts are in fen of {@code currency}; times
 * are UTC instants, {@code paidAt}, {@code shippedAt} and {@code deliveredAt} null when the platform gave none.
 */
public record NewDispute(
        String externalId,
        String contentHash,
        String shopId,
        String orderNo,
        String itemTitle,
        long amountPaidFen,
        String currency,
        Instant paidAt,
        Instant shippedAt,
        Instant deliveredAt,
        String buyerId,
        String buyerNick,
        DisputeReason reason,
        long requestedRefundFen,
        String buyerStatement,
        Party escalatedBy,
        Instant escalatedAt) {
}
