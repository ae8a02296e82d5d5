package arbiter.ruling;

import java.util.List;

/**
 * The evidence an arbitrator marked as relied on in a ruling (DESIGN "Ruling"; issue 16): chat messages by id and
 * photos by SHA-256 (64 lower-case hex digits), each of the ruled case, each at most once, in the order marked. The
 * seller's notice and the supervisor's appeal page show them.
 *
 * @param messageIds ids of the case's chat messages, at most {@value #MAX_EACH}
 * @param photoHashes SHA-256 of the case's evidence photos, at most {@value #MAX_EACH}
 */
public record ReliedOn(List<Long> messageIds, List<String> photoHashes) {

    /** The most messages, and the most photos, one ruling may mark (V19 holds it too). */
    public static final int MAX_EACH = 200;

    /** Nothing marked. */
    public static final ReliedOn NONE = new ReliedOn(List.of(), List.of());

    public ReliedOn {
        messageIds = messageIds.stream().distinct().toList();
        photoHashes = photoHashes.stream().distinct().toList();
        if (messageIds.size() > MAX_EACH || photoHashes.size() > MAX_EACH) {
            throw new IllegalArgumentException("At most " + MAX_EACH + " messages and photos each");
        }
    }

    public boolean isEmpty() {
        return messageIds.isEmpty() && photoHashes.isEmpty();
    }
}
