package arbiter.evidence;

import arbiter.dispute.Dispute;
import arbiter.dispute.Party;
import arbiter.evidence.PhotoPipeline.ProcessedPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The chat log and the photos of a case. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseEvidence {

    /** A chat message as recorded by the platform, with the photos sent in it. */
    public record ChatEntry(Instant sentAt, Party sender, String body, List<ProcessedPhoto> photos) {
    }

    @Inject
    PhotoStore photos;

    public void recordChat(Dispute dispute, List<ChatEntry> entries) {
        int position = 0;
        for (ChatEntry entry : entries) {
            ChatMessage message = new ChatMessage();
            message.dispute = dispute;
            message.position = position++;
            message.sentAt = entry.sentAt();
            message.sender = entry.sender();
            message.body = entry.body();
            message.persist();
            for (ProcessedPhoto photo : entry.photos()) {
                attach(dispute, entry.sender(), photo, null, entry.sentAt(), message);
            }
        }
    }

    public void recordPhoto(Dispute dispute, Party party, ProcessedPhoto photo, String caption, Instant submittedAt) {
        attach(dispute, party, photo, caption, submittedAt, null);
    }

    private void attach(Dispute dispute, Party party, ProcessedPhoto photo, String caption, Instant at,
            ChatMessage message) {
        EvidenceItem item = new EvidenceItem();
        item.dispute = dispute;
        item.party = party;
        item.photo = photos.save(photo);
        item.caption = caption;
        item.submittedAt = at;
        item.chatMessage = message;
        item.persist();
    }
}
