package arbiter.dispute;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import arbiter.money.Money;
import arbiter.shop.Shop;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A buyer–seller dispute escalated to the platform, with the snapshot of its order. */
@Entity
@Table(name = "disputes")
public class Dispute extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "dispute_seq")
    @SequenceGenerator(name = "dispute_seq", sequenceName = "dispute_seq", allocationSize = 50)
    public Long id;

    @Column(name = "case_no", nullable = false, unique = true)
    public String caseNo;

    @Column(name = "external_id", nullable = false, unique = true)
    public String externalId;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shop_id")
    public Shop shop;

    @Column(name = "order_no", nullable = false)
    public String orderNo;

    @Column(name = "item_title", nullable = false)
    public String itemTitle;

    @Column(name = "amount_paid", nullable = false)
    public long amountPaidMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "paid_at", nullable = false)
    public Instant paidAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "buyer_nick", nullable = false)
    public String buyerNick;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeReason reason;

    @Column(name = "requested_refund", nullable = false)
    public long requestedRefundMinor;

    @Column(name = "buyer_statement", nullable = false)
    public String buyerStatement;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalated_by", nullable = false)
    public Party escalatedBy;

    @Column(name = "escalated_at", nullable = false)
    public Instant escalatedAt;

    @Column(name = "sla_due_at", nullable = false)
    public Instant slaDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeStatus status;

    public String assignee;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;

    @Version
    public long version;

    /** When the platform withdrew the case (UTC, as it said); null unless {@code WITHDRAWN} by its API. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    public WithdrawalReason withdrawalReason;

    @Column(name = "withdrawal_note")
    public String withdrawalNote;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * The outcome of its ruling in effect ({@link DisputeResult#FULL_REFUND}, {@link DisputeResult#PARTIAL_REFUND} or
     * {@link DisputeResult#REJECTED}), set when the ruling takes effect; null before (V22).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public DisputeResult outcome;

    /** When the case began to wait on a party (UTC); null while its SLA clock runs (V15). */
    @Column(name = "sla_paused_at")
    public Instant slaPausedAt;

    /** When its SLA clock ended (UTC): the arbitrator ruled, or the platform withdrew it; null before (V15). */
    @Column(name = "sla_stopped_at")
    public Instant slaStoppedAt;

    /** The due time before the business calendar moved it past days off (UTC); null when it did not (V15). */
    @Column(name = "sla_due_moved_from")
    public Instant slaDueMovedFrom;

    /** The seller let an evidence period pass without answering (V15). */
    @Column(name = "no_answer_from_seller", nullable = false)
    public boolean noAnswerFromSeller;

    /** The buyer let an evidence period pass without answering (V15). */
    @Column(name = "no_answer_from_buyer", nullable = false)
    public boolean noAnswerFromBuyer;

    /** The case's SLA clock as it stands. */
    public SlaClock clock() {
        return new SlaClock(status, escalatedAt, slaDueAt, slaPausedAt, slaStoppedAt, slaDueMovedFrom);
    }

    /** The parties that let their evidence period pass, the seller first; empty for none. */
    public java.util.List<Party> noAnswerFrom() {
        return SlaClock.noAnswerFrom(noAnswerFromSeller, noAnswerFromBuyer);
    }

    public Money amountPaid() {
        return Money.of(amountPaidMinor, currency);
    }

    public Money requestedRefund() {
        return Money.of(requestedRefundMinor, currency);
    }

    /** The id of the shop the dispute is against, as the other features name shops. */
    public String shopId() {
        return shop.id;
    }

    /** Makes this the dispute of the shop of that id (a reference to its row; nothing is read). */
    void shopId(String id) {
        shop = getEntityManager().getReference(Shop.class, id);
    }
}
