package arbiter.evidence;

import java.awt.image.BufferedImage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.evidence.PhotoRejected.Reason;

/**
 * Turns uploaded bytes into the photo that is kept, in three steps.
 * <ol>
 * <li><b>Decode</b> ({@link PhotoDecoder}): checked by its bytes, refused above the pixel limit before any
 * decoding, decoded subsampled (memory follows the display size rather than the upload's).</li>
 * <li><b>Normalise</b> ({@link #normalise}): the photo as the party saw it when they took it: colour in sRGB
 * (ICC profiles, CMYK, PNG gamma), transparency on white, turned upright by its EXIF orientation. Anything
 * computed from a photo's look starts from this image.</li>
 * <li><b>Render</b> ({@link PhotoRenditions}): the metadata-free JPEG variants that are served, and the photo's
 * {@link PerceptualHash}.</li>
 * </ol>
 * Runs outside any transaction; at most {@link PhotoLimits#concurrentDecodes()} photos are in these steps at once.
 */
@ApplicationScoped
public class PhotoPipeline {

    /**
     * A photo ready to be stored.
     *
     * @param sha256 hex SHA-256 of the bytes as uploaded (the photo's identity)
     * @param width width in pixels of the full-size photo upright (after its EXIF orientation)
     * @param height height in pixels of the full-size photo upright
     * @param thumbnail the thumbnail variant, longer edge at most {@link PhotoLimits#thumbnailEdge()}
     * @param display the display variant, longer edge at most {@link PhotoLimits#displayEdge()}
     * @param perceptualHash the {@link PerceptualHash} of the normalised photo: what finds it again re-encoded,
     *        resized or cropped in another case
     */
    public record ProcessedPhoto(String sha256, int width, int height, PhotoRenditions.Rendition thumbnail,
            PhotoRenditions.Rendition display, long perceptualHash) {
    }

    /**
     * The normalised photo: {@code image} is upright, opaque, 8-bit sRGB ({@link BufferedImage#TYPE_INT_RGB}),
     * at the decoded (possibly subsampled) size; {@code width} × {@code height} is the full-size photo upright.
     */
    record NormalisedPhoto(BufferedImage image, int width, int height) {
    }

    private final PhotoLimits limits;
    private final PhotoDecoder decoder;
    private final Semaphore decodes;

    /** A pipeline held to {@code limits} (sizes, pixel count, concurrent decodes). */
    @Inject
    public PhotoPipeline(PhotoLimits limits) {
        this.limits = limits;
        this.decoder = new PhotoDecoder(limits);
        this.decodes = new Semaphore(limits.concurrentDecodes(), true);
    }

    /**
     * Checks, decodes, normalises and renders one uploaded photo (JPEG, PNG or WebP, recognised by its bytes).
     *
     * @param original the bytes as uploaded
     * @return the photo's hash, upright size and rendered variants; nothing of the upload but pixels is in them
     * @throws PhotoRejected TOO_LARGE over the byte or pixel limit; NOT_AN_IMAGE if not a JPEG, PNG or WebP
     *         or damaged
     * @throws IllegalStateException if no decode could start within a minute (the portal is saturated)
     */
    public ProcessedPhoto process(byte[] original) {
        if (original.length > limits.maxBytes()) {
            throw new PhotoRejected(Reason.TOO_LARGE, "larger than " + limits.maxBytes() + " bytes");
        }
        PhotoFormat format = PhotoFormat.sniff(original)
                .orElseThrow(() -> new PhotoRejected(Reason.NOT_AN_IMAGE, "not a JPEG, PNG or WebP image"));
        acquireDecodePermit();
        try {
            NormalisedPhoto photo = normalise(original, format);
            return new ProcessedPhoto(PhotoStore.sha256(original), photo.width(), photo.height(),
                    PhotoRenditions.render(photo.image(), limits.thumbnailEdge()),
                    PhotoRenditions.render(photo.image(), limits.displayEdge()), PerceptualHash.of(photo.image()));
        } finally {
            decodes.release();
        }
    }

    /** Decodes {@code original} and brings it upright into sRGB; the caller holds a decode permit. */
    NormalisedPhoto normalise(byte[] original, PhotoFormat format) {
        PhotoDecoder.Decoded decoded = decoder.decode(original, format);
        BufferedImage srgb = PhotoColour.opaqueSrgb(decoded.pixels(), decoded.colour());
        // Only JPEG carries the EXIF orientation phones write; PNG and WebP are taken as stored.
        ExifOrientation orientation = format == PhotoFormat.JPEG ? ExifOrientation.ofJpeg(original)
                : ExifOrientation.TOP_LEFT;
        BufferedImage upright = orientation.upright(srgb);
        return orientation.swapsEdges() ? new NormalisedPhoto(upright, decoded.height(), decoded.width())
                : new NormalisedPhoto(upright, decoded.width(), decoded.height());
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
