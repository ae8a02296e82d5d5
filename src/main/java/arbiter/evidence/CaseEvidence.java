package arbiter.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import arbiter.dispute.Party;
import arbiter.evidence.PhotoPipeline.ProcessedPhoto;
import arbiter.system.SqlValues;

/** The chat log and the photos of a case. */
@ApplicationScoped
public class CaseEvidence {

    /** A chat message as recorded by the platform, with the photos sent in it. */
    public record ChatEntry(Instant sentAt, Party sender, String body, List<ProcessedPhoto> photos) {
    }

    @Inject
    PhotoStore photos;

    @Inject
    PhotoReuse reuse;

    @Inject
    EntityManager em;

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
        reuse.photoAttached(disputeId, photo.sha256(), photo.perceptualHash());
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

    /**
     * The chat and the photos of a case, in one statement however long the chat (the case page's budget is eight):
     * the chat in its order, the photos in the order they were sent.
     */
    public CaseRecord record(long disputeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT 'M' AS kind, m.id, m.position, m.sent_at AS at, m.sender AS party, m.body, NULL AS photo,
                       NULL AS caption, NULL AS chat_message_id
                FROM chat_messages m WHERE m.dispute_id = ?1
                UNION ALL
                SELECT 'P', e.id, NULL, e.submitted_at, e.party, NULL, e.photo_sha256, e.caption, e.chat_message_id
                FROM evidence_items e WHERE e.dispute_id = ?1
                ORDER BY kind, position, at, id""").setParameter(1, disputeId).getResultList();
        List<Object[]> messages = new ArrayList<>();
        List<CaseRecord.PhotoRef> photos = new ArrayList<>();
        for (Object[] r : rows) {
            if ("M".equals(r[0])) {
                messages.add(r);
            } else {
                photos.add(new CaseRecord.PhotoRef((String) r[6], Party.valueOf((String) r[4]), (String) r[7],
                        SqlValues.instant(r[3]), r[8] == null ? null : ((Number) r[8]).longValue()));
            }
        }
        Map<Long, List<CaseRecord.PhotoRef>> byMessage = photos.stream().filter(p -> p.chatMessageId() != null)
                .collect(Collectors.groupingBy(CaseRecord.PhotoRef::chatMessageId));
        List<CaseRecord.ChatView> chat = messages.stream().map(m -> {
            long id = ((Number) m[1]).longValue();
            return new CaseRecord.ChatView(id, ((Number) m[2]).intValue(), SqlValues.instant(m[3]),
                    Party.valueOf((String) m[4]), (String) m[5], byMessage.getOrDefault(id, List.of()));
        }).toList();
        Map<Party, List<CaseRecord.PhotoRef>> byParty = new EnumMap<>(Party.class);
        photos.forEach(p -> byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p));
        return new CaseRecord(chat, byParty);
    }
}
