package arbiter.ruling;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import arbiter.penalty.PenaltyGrade;
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

    /** The outcomes a ruling citing this version may decide ({@link RulingOutcome} names; V18). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] outcomes;

    /** The parties it may hold responsible ({@link ResponsibleParty} names). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "responsible_parties", nullable = false)
    public String[] responsibleParties;

    /** The penalty grades it supports ({@link PenaltyGrade} names); empty for no penalty. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "penalty_grades", nullable = false)
    public String[] penaltyGrades;

    /** Whether a ruling citing it must impose one of {@link #penaltyGrades}. */
    @Column(name = "penalty_required", nullable = false)
    public boolean penaltyRequired;

    /** The supervisor who wrote this version ({@code policy} for the versions a migration wrote). */
    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    /** When this version was written (UTC). */
    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    /** What this version lets a ruling decide. */
    public ClauseSupport support() {
        return new ClauseSupport(constants(RulingOutcome.class, outcomes), constants(ResponsibleParty.class,
                responsibleParties), constants(PenaltyGrade.class, penaltyGrades), penaltyRequired);
    }

    private static <E extends Enum<E>> Set<E> constants(Class<E> type, String[] names) {
        return Arrays.stream(names).map(name -> Enum.valueOf(type, name)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * What it supports as the ruling form's script reads it: {@code outcomes}, {@code parties} or {@code grades}
     * as names separated by spaces ({@code "FULL_REFUND PARTIAL_REFUND"}); empty for no grades.
     */
    public String supported(String which) {
        return String.join(" ", switch (which) {
            case "outcomes" -> outcomes;
            case "parties" -> responsibleParties;
            case "grades" -> penaltyGrades;
            default -> throw new IllegalArgumentException("Not a declaration of a clause: " + which);
        });
    }

    /** How a form names this clause: {@code CODE/version}. */
    public String reference() {
        return key.code() + "/" + key.version();
    }
}
