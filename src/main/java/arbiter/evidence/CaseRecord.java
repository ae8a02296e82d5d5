package arbiter.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import arbiter.dispute.Party;

/** What a case holds, read for its page: the chat with the photos sent in it, and all photos by party. */
public record CaseRecord(List<ChatView> chat, Map<Party, List<PhotoRef>> photosByParty) {

    public record ChatView(long id, int position, Instant sentAt, Party sender, String body, List<PhotoRef> photos) {
    }

    /** A photo of the case; {@code chatMessageId} is set when it was sent in the chat. */
    public record PhotoRef(String sha256, Party party, String caption, Instant submittedAt, Long chatMessageId) {
    }
}
