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

    /** The ids of the case's chat messages the arbitrator marked as relied on (V19). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "relied_on_messages", nullable = false)
    public Long[] reliedOnMessages = new Long[0];

    /** The SHA-256 of the case's photos the arbitrator marked as relied on (V19). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "relied_on_photos", nullable = false)
    public String[] reliedOnPhotos = new String[0];

    /** The rationale template the rationale started from (V20); null with its version for none. */
    @Column(name = "template_id")
    public Long templateId;

    @Column(name = "template_version")
    public Integer templateVersion;

    /** The ruling in effect of a close case the arbitrator cited (V24); null for none. */
    @Column(name = "cited_precedent_id")
    public Long citedPrecedentId;

    /** Whether it went against at least 80 % of at least 10 close precedents (V24, DESIGN "Ruling"). */
    @Column(nullable = false)
    public boolean departure;

    /** Why, when it did; null otherwise. */
    @Column(name = "departure_reason")
    public String departureReason;

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

    /** What the arbitrator marked as relied on. */
    public ReliedOn reliedOn() {
        return new ReliedOn(java.util.List.of(reliedOnMessages), java.util.List.of(reliedOnPhotos));
    }

    public Money refund() {
        return Money.of(refundMinor, currency);
    }
}
