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

/** A written statement a party adds after escalation, such as the seller's counter-evidence. */
@Entity
@Table(name = "party_statements")
public class PartyStatement extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "party_statement_seq")
    @SequenceGenerator(name = "party_statement_seq", sequenceName = "party_statement_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id")
    public Dispute dispute;

    /** Makes this part of the dispute of that id (a reference to its row; nothing is read). */
    public void disputeId(long id) {
        dispute = getEntityManager().getReference(Dispute.class, id);
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party party;

    @Column(nullable = false)
    public String body;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
