package arbiter.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Hashes the photos stored before perceptual hashes were (V23), and every photo again after the hash changed (V31),
 * from their display variant (upright, sRGB: the normalised photo at display size), and looks for their reuse as if
 * each had just been attached to its cases. A few dozen photos a minute, each batch in its own transaction, until none
 * is left; concurrent instances take different photos. A photo that cannot be hashed is given up on once, with the
 * time ({@code photos.hash_given_up_at}), and not taken again.
 */
@ApplicationScoped
public class PerceptualHashBackfill {

    private static final Logger LOG = Logger.getLogger(PerceptualHashBackfill.class);
    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    PhotoStorage storage;

    @Inject
    PhotoReuse reuse;

    @Scheduled(every = "${arbiter.photo-reuse.backfill-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hashRegularly() {
        hashBatch();
    }

    /**
     * Hashes up to {@link #BATCH} unhashed photos.
     *
     * @return how many were hashed; a photo whose display variant is missing or unreadable is given up on with a
     *         warning and the time, stays unhashed and is never matched nor taken again
     */
    @Transactional
    public int hashBatch() {
        @SuppressWarnings("unchecked")
        List<String> photos = em.createNativeQuery("""
                SELECT sha256 FROM photos WHERE perceptual_hash IS NULL AND hash_given_up_at IS NULL
                ORDER BY sha256 LIMIT ?1 FOR UPDATE SKIP LOCKED""").setParameter(1, BATCH).getResultList();
        int hashed = 0;
        for (String sha256 : photos) {
            BufferedImage image = storage.get(sha256, PhotoVariant.Size.DISPLAY).map(PerceptualHashBackfill::decode)
                    .orElse(null);
            if (image == null) {
                LOG.warnf("Photo %s has no readable display variant; it is not hashed", sha256);
                em.createNativeQuery("UPDATE photos SET hash_given_up_at = now() WHERE sha256 = ?1")
                        .setParameter(1, sha256).executeUpdate();
                continue;
            }
            long hash = PerceptualHash.of(image);
            em.createNativeQuery("UPDATE photos SET perceptual_hash = ?1 WHERE sha256 = ?2")
                    .setParameter(1, hash).setParameter(2, sha256).executeUpdate();
            @SuppressWarnings("unchecked")
            List<Number> cases = em.createNativeQuery("""
                    SELECT DISTINCT dispute_id FROM evidence_items WHERE photo_sha256 = ?1""")
                    .setParameter(1, sha256).getResultList();
            for (Number disputeId : cases) {
                reuse.photoAttached(disputeId.longValue(), sha256, hash);
            }
            hashed++;
        }
        return hashed;
    }

    private static BufferedImage decode(PhotoStorage.StoredRendition rendition) {
        try {
            return ImageIO.read(new ByteArrayInputStream(rendition.data()));
        } catch (IOException e) {
            return null;
        }
    }
}
