package arbiter.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One change of a case that the order platform must know (V14): written by {@link CaseEvents#record} in the
 * change's transaction, pushed by {@link CaseEventRelay}, read by the feed. The feed's order ({@code tx},
 * {@code position}) is set by the database and not mapped here.
 */
@Entity
@Table(name = "case_events")
public class CaseEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dispute_id", nullable = false)
    public long disputeId;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    /** 1, 2, 3 … within the case. */
    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseEventType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The event's data, a JSON object (see {@link CaseEventType}). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(nullable = false)
    public String data;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryState delivery;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
