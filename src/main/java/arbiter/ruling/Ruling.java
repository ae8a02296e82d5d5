package arbiter.ruling;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import arbiter.dispute.Dispute;
import arbiter.money.Money;
import arbiter.penalty.PenaltyGrade;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An arbitrator's decision on a dispute, with what it was based on. */
@Entity
@Table(name = "rulings")
public class Ruling extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "ruling_seq")
    @SequenceGenerator(name = "ruling_seq", sequenceName = "ruling_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id")
    public Dispute dispute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RulingOutcome outcome;

    @Column(name = "refund_amount", nullable = false)
    public long refundMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_party", nullable = false)
    public ResponsibleParty responsibleParty;

    @Enumerated(EnumType.STRING)
    @Column(name = "penalty_grade")
    public PenaltyGrade penaltyGrade;

    @Column(name = "clause_code", nullable = false)
    public String clauseCode;

    @Column(name = "clause_version", nullable = false)
    public int clauseVersion;

    @Column(nullable = false)
    public String rationale;

    @Column(nullable = false)
    public String arbitrator;

    @Column(name = "ruled_at", nullable = false)
    public Instant ruledAt;

    /** From escalation to this ruling, for the statistics. */
    @Column(name = "seconds_to_ruling", nullable = false)
    public long secondsToRuling;

    /** Ruled within the case's SLA. */
    @Column(name = "sla_met", nullable = false)
    public boolean slaMet;

    /** SHA-256 of each evidence photo that was in the case when it was ruled. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_hashes", nullable = false)
    public String[] evidenceHashes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RulingState state;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_reason")
    public String reviewReason;

    /** The id of the dispute ruled on, as the other features name disputes. */
    /** Makes this a ruling on the dispute of that id (a reference to its row; nothing is read). */
    void disputeId(long id) {
        dispute = getEntityManager().getReference(Dispute.class, id);
    }

    public long disputeId() {
        return dispute.id;
    }

    public Money refund() {
        return Money.of(refundMinor, currency);
    }
}
