package arbiter.evidence;

import arbiter.evidence.PhotoRejected.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns uploaded bytes into the photo that is kept: checked by its bytes, refused above the pixel limit
 * before any decoding, decoded (subsampled, so memory follows the display size rather than the upload's),
 * and rendered into its metadata-free variants. Runs outside any transaction; decodes are bounded.
 */
@ApplicationScoped
public class PhotoPipeline {

    /** A photo ready to be stored. */
    public record ProcessedPhoto(String sha256, int width, int height, PhotoRenditions.Rendition thumbnail,
            PhotoRenditions.Rendition display) {
    }

    private final PhotoLimits limits;
    private final Semaphore decodes;

    @Inject
    public PhotoPipeline(PhotoLimits limits) {
        this.limits = limits;
        this.decodes = new Semaphore(limits.concurrentDecodes(), true);
    }

    public ProcessedPhoto process(byte[] original) {
        if (original.length > limits.maxBytes()) {
            throw new PhotoRejected(Reason.TOO_LARGE, "larger than " + limits.maxBytes() + " bytes");
        }
        PhotoFormat format = PhotoFormat.sniff(original)
                .orElseThrow(() -> new PhotoRejected(Reason.NOT_AN_IMAGE, "not a JPEG, PNG or WebP image"));
        acquireDecodePermit();
        try {
            Decoded decoded = decode(original, format);
            return new ProcessedPhoto(PhotoStore.sha256(original), decoded.width, decoded.height,
                    PhotoRenditions.render(decoded.image, limits.thumbnailEdge()),
                    PhotoRenditions.render(decoded.image, limits.displayEdge()));
        } finally {
            decodes.release();
        }
    }

    private record Decoded(BufferedImage image, int width, int height) {
    }

    private Decoded decode(byte[] bytes, PhotoFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No image reader for " + format);
        }
        ImageReader reader = readers.next();
        AtomicBoolean damaged = new AtomicBoolean();
        // A truncated JPEG decodes with a warning and grey pixels; it is refused rather than kept half-drawn.
        reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new PhotoRejected(Reason.NOT_AN_IMAGE, "no dimensions in the image header");
            }
            if ((long) width * height > limits.maxPixels()) {
                throw new PhotoRejected(Reason.TOO_LARGE, width + " × " + height + " pixels is over the limit of "
                        + limits.maxPixels());
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / limits.displayEdge());
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (damaged.get() || image == null) {
                throw new PhotoRejected(Reason.NOT_AN_IMAGE, "the image data is damaged or incomplete");
            }
            return new Decoded(image, width, height);
        } catch (PhotoRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PhotoRejected(Reason.NOT_AN_IMAGE, "the image cannot be decoded");
        } finally {
            reader.dispose();
        }
    }

    private void acquireDecodePermit() {
        try {
            if (!decodes.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Photo decoding is saturated");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
