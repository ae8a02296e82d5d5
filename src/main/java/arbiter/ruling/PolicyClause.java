package arbiter.ruling;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A clause of the platform's dispute policy, in one of its versions; rulings cite one. */
@Entity
@Table(name = "policy_clauses")
public class PolicyClause extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "code") String code, @Column(name = "version") int version)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(nullable = false)
    public boolean active;

    /**
     * The party whose silence this clause fits: it did not answer within its evidence period (V15). The ruling form
     * offers it first on a case flagged "no answer from" that party; null for a clause that says nothing of it.
     */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "for_no_answer_from")
    public arbiter.dispute.Party forNoAnswerFrom;

    /** How a form names this clause: {@code CODE/version}. */
    public String reference() {
        return key.code() + "/" + key.version();
    }
}
