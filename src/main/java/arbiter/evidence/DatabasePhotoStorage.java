package arbiter.evidence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Renditions in the {@code photo_variants} table, in the caller's transaction. */
@ApplicationScoped
public class DatabasePhotoStorage implements PhotoStorage {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String sha256, PhotoVariant.Size size, PhotoRenditions.Rendition rendition) {
        // Two uploads of the same photo may race; the first one wins and the other changes nothing.
        PhotoVariant.getEntityManager().createNativeQuery("""
                INSERT INTO photo_variants (sha256, variant, content_type, width, height, data)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (sha256, variant) DO NOTHING""")
                .setParameter(1, sha256)
                .setParameter(2, size.name())
                .setParameter(3, PhotoRenditions.CONTENT_TYPE)
                .setParameter(4, rendition.width())
                .setParameter(5, rendition.height())
                .setParameter(6, rendition.jpeg())
                .executeUpdate();
    }

    @Override
    public Optional<StoredRendition> get(String sha256, PhotoVariant.Size size) {
        return PhotoVariant.<PhotoVariant> findByIdOptional(new PhotoVariant.Key(sha256, size))
                .map(variant -> new StoredRendition(variant.contentType, variant.data));
    }
}
