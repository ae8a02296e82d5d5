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

/** A photo in a case: sent inside a chat message, or submitted by a party as evidence. */
@Entity
@Table(name = "evidence_items")
public class EvidenceItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "evidence_item_seq")
    @SequenceGenerator(name = "evidence_item_seq", sequenceName = "evidence_item_seq", allocationSize = 50)
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "photo_sha256")
    public Photo photo;

    /** Set when the photo was sent in the chat rather than submitted as evidence. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chat_message_id")
    public ChatMessage chatMessage;

    public String caption;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
