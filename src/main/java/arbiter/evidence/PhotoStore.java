package arbiter.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Keeps each photo once, under the SHA-256 of the bytes it arrived as, with its served variants. */
@ApplicationScoped
public class PhotoStore {

    static final int THUMBNAIL_EDGE = 320;
    static final int DISPLAY_EDGE = 1600;

    @Inject
    Clock clock;

    /** Stores the photo unless it is already known; runs inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Photo store(byte[] original) {
        String sha256 = sha256(original);
        Photo known = Photo.findById(sha256);
        if (known != null) {
            return known;
        }
        BufferedImage image = decode(original);
        Photo photo = new Photo();
        photo.sha256 = sha256;
        photo.width = image.getWidth();
        photo.height = image.getHeight();
        photo.createdAt = clock.instant();
        photo.persist();
        persistVariant(sha256, PhotoVariant.Size.THUMBNAIL, PhotoRenditions.render(image, THUMBNAIL_EDGE));
        persistVariant(sha256, PhotoVariant.Size.DISPLAY, PhotoRenditions.render(image, DISPLAY_EDGE));
        return photo;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PhotoVariant> variant(String sha256, PhotoVariant.Size size) {
        return PhotoVariant.findByIdOptional(new PhotoVariant.Key(sha256, size));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage decode(byte[] original) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
            if (image == null) {
                throw new IllegalArgumentException("Not a decodable image");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a decodable image", e);
        }
    }

    private static void persistVariant(String sha256, PhotoVariant.Size size, PhotoRenditions.Rendition rendition) {
        PhotoVariant variant = new PhotoVariant();
        variant.key = new PhotoVariant.Key(sha256, size);
        variant.contentType = PhotoRenditions.CONTENT_TYPE;
        variant.width = rendition.width();
        variant.height = rendition.height();
        variant.data = rendition.jpeg();
        variant.persist();
    }
}
