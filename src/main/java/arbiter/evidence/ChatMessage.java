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

/** One message of the buyer–seller chat, as the platform recorded it before escalation. */
@Entity
@Table(name = "chat_messages")
public class ChatMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "chat_message_seq")
    @SequenceGenerator(name = "chat_message_seq", sequenceName = "chat_message_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id")
    public Dispute dispute;

    /** Makes this part of the dispute of that id (a reference to its row; nothing is read). */
    public void disputeId(long id) {
        dispute = getEntityManager().getReference(Dispute.class, id);
    }

    /** Order within the conversation, from 0. */
    @Column(nullable = false)
    public int position;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party sender;

    @Column(nullable = false)
    public String body;
}
