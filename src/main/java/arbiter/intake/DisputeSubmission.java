package arbiter.intake;

import arbiter.dispute.DisputeReason;
import arbiter.dispute.Party;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An escalated dispute as the order platform sends it: the JSON part of {@code POST /api/v1/disputes}
 * (DESIGN.md, "Intake API"). Photos are referenced by the names of the multipart parts that carry them.
 * Amounts are minor units (fen).
 */
public record DisputeSubmission(
        String externalId,
        OrderSnapshot order,
        Buyer buyer,
        Seller seller,
        DisputeReason reason,
        Long requestedRefund,
        String buyerStatement,
        Party escalatedBy,
        OffsetDateTime escalatedAt,
        List<ChatLine> chat,
        List<EvidenceLine> evidence) {

    public record OrderSnapshot(
            String orderNo,
            String itemTitle,
            Long amountPaid,
            String currency,
            OffsetDateTime paidAt,
            OffsetDateTime shippedAt,
            OffsetDateTime deliveredAt) {
    }

    public record Buyer(String id, String nick) {
    }

    public record Seller(String shopId, String shopName, String email) {
    }

    /** One message of the buyer–seller chat; {@code photos} names photo parts sent with it. */
    public record ChatLine(OffsetDateTime at, Party from, String text, List<String> photos) {
    }

    /** A photo submitted as evidence by a party, with its caption. */
    public record EvidenceLine(Party party, String photo, String caption) {
    }
}
