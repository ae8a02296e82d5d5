package arbiter.penalty;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A shop's appeal against a penalty: one per penalty, decided by a supervisor. */
@Entity
@Table(name = "appeals")
public class Appeal extends PanacheEntityBase {

    public enum State {
        PENDING,
        UPHELD,
        OVERTURNED
    }

    @Id
    @GeneratedValue(generator = "appeal_seq")
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    public Long id;

    @Column(name = "penalty_id", nullable = false, unique = true)
    public long penaltyId;

    @Column(name = "shop_id", nullable = false)
    public String shopId;

    @Column(nullable = false)
    public String statement;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    public static long countPending() {
        return count("state", State.PENDING);
    }
}
