package arbiter.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.evidence.PhotoPipeline.ProcessedPhoto;

/** Keeps each photo once, under the SHA-256 of the bytes it arrived as, with its served renditions. */
@ApplicationScoped
public class PhotoStore {

    @Inject
    Clock clock;

    @Inject
    PhotoStorage storage;

    /** Stores the photo unless it is already known; runs inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Photo save(ProcessedPhoto processed) {
        int inserted = Photo.getEntityManager().createNativeQuery("""
                INSERT INTO photos (sha256, width, height, created_at, perceptual_hash) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (sha256) DO NOTHING""")
                .setParameter(1, processed.sha256())
                .setParameter(2, processed.width())
                .setParameter(3, processed.height())
                .setParameter(4, clock.instant())
                .setParameter(5, processed.perceptualHash())
                .executeUpdate();
        if (inserted == 1) {
            storage.put(processed.sha256(), PhotoVariant.Size.THUMBNAIL, processed.thumbnail());
            storage.put(processed.sha256(), PhotoVariant.Size.DISPLAY, processed.display());
        }
        return Photo.getEntityManager().getReference(Photo.class, processed.sha256());
    }

    /**
     * Stores the photo unless it is already known, as {@link #save}, for a feature that names photos by their
     * SHA-256 rather than by the entity (an appeal's photos); runs inside the caller's transaction.
     *
     * @return the photo's SHA-256, 64 lowercase hex characters: the key the photo is served by
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String store(ProcessedPhoto processed) {
        return save(processed).sha256;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
