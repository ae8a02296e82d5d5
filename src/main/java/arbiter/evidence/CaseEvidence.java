package arbiter.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.dispute.Party;
import arbiter.evidence.PhotoPipeline.ProcessedPhoto;

/** The chat log and the photos of a case. */
@ApplicationScoped
public class CaseEvidence {

    /** A chat message as recorded by the platform, with the photos sent in it. */
    public record ChatEntry(Instant sentAt, Party sender, String body, List<ProcessedPhoto> photos) {
    }

    @Inject
    PhotoStore photos;

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChat(long disputeId, List<ChatEntry> entries) {
        int position = 0;
        for (ChatEntry entry : entries) {
            ChatMessage message = new ChatMessage();
            message.disputeId(disputeId);
            message.position = position++;
            message.sentAt = entry.sentAt();
            message.sender = entry.sender();
            message.body = entry.body();
            message.persist();
            for (ProcessedPhoto photo : entry.photos()) {
                attach(disputeId, entry.sender(), photo, null, entry.sentAt(), message);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPhoto(long disputeId, Party party, ProcessedPhoto photo, String caption, Instant submittedAt) {
        attach(disputeId, party, photo, caption, submittedAt, null);
    }

    private void attach(long disputeId, Party party, ProcessedPhoto photo, String caption, Instant at,
            ChatMessage message) {
        EvidenceItem item = new EvidenceItem();
        item.disputeId(disputeId);
        item.party = party;
        item.photo = photos.save(photo);
        item.caption = caption;
        item.submittedAt = at;
        item.chatMessage = message;
        item.persist();
    }

    /** The content hashes of every photo in the case, sorted: what a ruling records it saw. */
    public List<String> hashesOf(long disputeId) {
        return EvidenceItem.getEntityManager().createQuery("""
                select distinct e.photo.sha256 from EvidenceItem e where e.dispute.id = ?1
                order by e.photo.sha256""", String.class).setParameter(1, disputeId).getResultList();
    }

    /** How many of these chat message ids are of that case's chat (0 for no ids). */
    public int messagesOf(long disputeId, java.util.Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        return (int) ChatMessage.count("dispute.id = ?1 and id in ?2", disputeId, messageIds);
    }

    /**
     * A chat message quoted where a ruling relied on it: the seller's notice and the supervisor's appeal page.
     *
     * @param sentAt when it was sent (UTC)
     * @param body its text, empty when it only carried photos
     */
    public record QuotedMessage(long id, Instant sentAt, Party sender, String body) {
    }

    /** The chat messages of these ids in that case, in the chat's order; ids of other cases are left out. */
    public List<QuotedMessage> quoted(long disputeId, java.util.Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return ChatMessage.getEntityManager().createQuery("""
                select new arbiter.evidence.CaseEvidence$QuotedMessage(m.id, m.sentAt, m.sender, m.body)
                from ChatMessage m where m.dispute.id = ?1 and m.id in ?2 order by m.position""", QuotedMessage.class)
                .setParameter(1, disputeId).setParameter(2, messageIds).getResultList();
    }

    /** The chat and the photos of a case, in two queries however long the chat. */
    public CaseRecord record(long disputeId) {
        List<CaseRecord.PhotoRef> photos = EvidenceItem.getEntityManager().createQuery("""
                select new arbiter.evidence.CaseRecord$PhotoRef(e.photo.sha256, e.party, e.caption, e.submittedAt, m.id)
                from EvidenceItem e left join e.chatMessage m
                where e.dispute.id = :dispute order by e.submittedAt, e.id""", CaseRecord.PhotoRef.class)
                .setParameter("dispute", disputeId).getResultList();
        Map<Long, List<CaseRecord.PhotoRef>> byMessage = photos.stream().filter(p -> p.chatMessageId() != null)
                .collect(Collectors.groupingBy(CaseRecord.PhotoRef::chatMessageId));
        List<CaseRecord.ChatView> chat = ChatMessage.<ChatMessage> find("dispute.id = ?1 order by position", disputeId)
                .stream()
                .map(m -> new CaseRecord.ChatView(m.id, m.position, m.sentAt, m.sender, m.body,
                        byMessage.getOrDefault(m.id, List.of())))
                .toList();
        Map<Party, List<CaseRecord.PhotoRef>> byParty = new EnumMap<>(Party.class);
        photos.forEach(p -> byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p));
        return new CaseRecord(chat, byParty);
    }
}
