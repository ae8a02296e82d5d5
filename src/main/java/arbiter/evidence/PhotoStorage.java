package arbiter.evidence;

import java.util.Optional;

/**
 * Where the served renditions of photos live. PostgreSQL by default; an object store can take its place
 * when a deployment outgrows one database, without anything else changing.
 */
public interface PhotoStorage {

    /** A rendition as served. */
    record StoredRendition(String contentType, byte[] data) {
    }

    /** Keeps a rendition; putting the same photo and size again changes nothing. */
    void put(String sha256, PhotoVariant.Size size, PhotoRenditions.Rendition rendition);

    Optional<StoredRendition> get(String sha256, PhotoVariant.Size size);
}
