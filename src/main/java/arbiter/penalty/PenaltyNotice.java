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

/** What a shop is told when a penalty takes effect, or when an appeal overturns it. */
@Entity
@Table(name = "penalty_notices")
public class PenaltyNotice extends PanacheEntityBase {

    public enum Kind {
        PENALTY,
        OVERTURN
    }

    @Id
    @GeneratedValue(generator = "penalty_notice_seq")
    @SequenceGenerator(name = "penalty_notice_seq", sequenceName = "penalty_notice_seq", allocationSize = 50)
    public Long id;

    @Column(name = "penalty_id", nullable = false)
    public long penaltyId;

    @Column(name = "shop_id", nullable = false)
    public String shopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "appeal_deadline")
    public Instant appealDeadline;

    @Column(name = "first_read_at")
    public Instant firstReadAt;

    @Column(name = "emailed_at")
    public Instant emailedAt;

    public static long countUnread(String shopId) {
        return count("shopId = ?1 and firstReadAt is null", shopId);
    }
}
