package arbiter.evidence;

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

import arbiter.dispute.Dispute;
import arbiter.dispute.Party;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An arbitrator's request for evidence from one party, open until its deadline (举证期). */
@Entity
@Table(name = "evidence_requests")
public class EvidenceRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "evidence_request_seq")
    @SequenceGenerator(name = "evidence_request_seq", sequenceName = "evidence_request_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id")
    public Dispute dispute;

    /** The id of the dispute this request belongs to (read from the reference; the dispute is not loaded). */
    public long disputeId() {
        return dispute.id;
    }

    /** Makes this part of the dispute of that id (a reference to its row; nothing is read). */
    public void disputeId(long id) {
        dispute = getEntityManager().getReference(Dispute.class, id);
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party party;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public String note;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When the reminder before the deadline was queued (UTC); null until it is, and it is only once (V15). */
    @Column(name = "reminded_at")
    public Instant remindedAt;
}
