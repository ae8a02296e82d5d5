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

/** A measure against a shop triggered by its points reaching a threshold. */
@Entity
@Table(name = "shop_measures")
public class ShopMeasure extends PanacheEntityBase {

    public enum Kind {
        /** Listing restriction, shielded from search, public warning. */
        RESTRICTION,
        CLOSURE,
        /** Permanent until a supervisor lifts it. */
        SEAL
    }

    @Id
    @GeneratedValue(generator = "shop_measure_seq")
    @SequenceGenerator(name = "shop_measure_seq", sequenceName = "shop_measure_seq", allocationSize = 50)
    public Long id;

    @Column(name = "shop_id", nullable = false)
    public String shopId;

    @Column(name = "penalty_id", nullable = false)
    public long penaltyId;

    @Column(nullable = false)
    public int threshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;
}
