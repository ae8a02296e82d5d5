package arbiter.evidence;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Facts about photos that never become false, kept in memory so that serving a thumbnail rarely touches the
 * database: a rendition never changes under its hash, and a photo once in a case stays there (evidence is
 * never removed). Only such positive facts are cached; a "no" is asked again next time. Nothing here is
 * user state: every instance may hold or drop any entry.
 */
@ApplicationScoped
public class PhotoCache {

    record RenditionKey(String sha256, PhotoVariant.Size size) {
    }

    record AccessKey(String sha256, String shopId) {
    }

    private final Cache<RenditionKey, PhotoStorage.StoredRendition> renditions = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024).<RenditionKey, PhotoStorage.StoredRendition> weigher(
                    (key, rendition) -> rendition.data().length)
            .build();

    private final Cache<AccessKey, Boolean> visible = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    Optional<PhotoStorage.StoredRendition> rendition(String sha256, PhotoVariant.Size size,
            Supplier<Optional<PhotoStorage.StoredRendition>> load) {
        RenditionKey key = new RenditionKey(sha256, size);
        PhotoStorage.StoredRendition cached = renditions.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PhotoStorage.StoredRendition> loaded = load.get();
        loaded.ifPresent(rendition -> renditions.put(key, rendition));
        return loaded;
    }

    /** Whether the photo is in a case visible to {@code shopId} (null: to staff, any case). */
    boolean visible(String sha256, String shopId, Supplier<Boolean> check) {
        AccessKey key = new AccessKey(sha256, shopId);
        if (visible.getIfPresent(key) != null) {
            return true;
        }
        boolean answer = check.get();
        if (answer) {
            visible.put(key, Boolean.TRUE);
        }
        return answer;
    }
}
