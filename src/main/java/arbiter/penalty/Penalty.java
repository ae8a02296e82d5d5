package arbiter.penalty;

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

import arbiter.shop.Shop;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A graded penalty on a shop, from an effective ruling that held the seller responsible. */
@Entity
@Table(name = "penalties")
public class Penalty extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "penalty_seq")
    @SequenceGenerator(name = "penalty_seq", sequenceName = "penalty_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ruling_id", nullable = false, unique = true)
    public long rulingId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shop_id")
    public Shop shop;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenaltyGrade grade;

    @Column(nullable = false)
    public int points;

    /** The calendar year (Asia/Shanghai) whose points total this penalty counts towards. */
    @Column(name = "points_year", nullable = false)
    public int pointsYear;

    @Column(name = "points_before", nullable = false)
    public int pointsBefore;

    @Column(name = "points_after", nullable = false)
    public int pointsAfter;

    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;

    @Column(name = "reversed_at")
    public Instant reversedAt;

    /** The id of the shop penalised, as the other features name shops. */
    public String shopId() {
        return shop.id;
    }

    /** Makes this a penalty of the shop of that id (a reference to its row; nothing is read). */
    void shopId(String id) {
        shop = getEntityManager().getReference(Shop.class, id);
    }
}
