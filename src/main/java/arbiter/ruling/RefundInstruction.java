package arbiter.ruling;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import arbiter.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A forced refund waiting to be delivered to the payment system (the outbox row). Written in the
 * ruling's transaction; its id is the idempotency key the payment system sees.
 */
@Entity
@Table(name = "refund_instructions")
public class RefundInstruction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ruling_id", nullable = false, unique = true)
    public long rulingId;

    @Column(name = "dispute_id", nullable = false, unique = true)
    public long disputeId;

    @Column(name = "amount", nullable = false)
    public long amountMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefundState state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    public static long countFailed() {
        return count("state", RefundState.FAILED);
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }
}
