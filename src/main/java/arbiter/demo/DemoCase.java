package arbiter.demo;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import arbiter.dispute.DisputeStatus;
import arbiter.intake.DisputeSubmission;

/**
 * One demo dispute: what the order platform would send, the JPEG bytes of every photo it names (by part
 * name, in order of first mention), and the status the demo wants the case to end up in.
 * The photo map holds exactly the names the chat and evidence refer to; the constructor enforces it.
 * Equality compares photo contents, not array identity. Identical photos may share one array across
 * cases: treat the bytes as read-only.
 */
public record DemoCase(DisputeSubmission submission, Map<String, byte[]> photos, DisputeStatus status) {

    public DemoCase {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(status, "status");
        photos = Collections.unmodifiableMap(new LinkedHashMap<>(photos));
        Set<String> referenced = referencedPhotos(submission);
        if (!referenced.equals(photos.keySet())) {
            throw new IllegalArgumentException("photos " + photos.keySet() + " do not match the names referenced by "
                    + submission.externalId() + ": " + referenced);
        }
    }

    /** Photo part names in order of first mention: chat first, then evidence. */
    public static Set<String> referencedPhotos(DisputeSubmission submission) {
        Set<String> names = new LinkedHashSet<>();
        submission.chat().forEach(line -> names.addAll(line.photos()));
        submission.evidence().forEach(line -> names.add(line.photo()));
        return names;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DemoCase that)) {
            return false;
        }
        if (!submission.equals(that.submission) || status != that.status
                || !photos.keySet().equals(that.photos.keySet())) {
            return false;
        }
        return photos.entrySet().stream()
                .allMatch(entry -> Arrays.equals(entry.getValue(), that.photos.get(entry.getKey())));
    }

    @Override
    public int hashCode() {
        // Summed like Map.hashCode, so it does not depend on the order of the photos.
        int photosHash = 0;
        for (var entry : photos.entrySet()) {
            photosHash += entry.getKey().hashCode() ^ Arrays.hashCode(entry.getValue());
        }
        return Objects.hash(submission, status) * 31 + photosHash;
    }

    /** Byte arrays would print as identities; show what helps in a failing test instead. */
    @Override
    public String toString() {
        return "DemoCase[" + submission.externalId() + ", " + submission.reason() + ", " + status + ", "
                + photos.size() + " photos]";
    }
}
