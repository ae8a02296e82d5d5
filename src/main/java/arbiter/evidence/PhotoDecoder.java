package arbiter.evidence;

import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.InflaterInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.Node;

import arbiter.evidence.PhotoRejected.Reason;

/**
 * Decodes the first image of an upload, subsampled so that memory follows the display size, after refusing it
 * above the pixel limit from its header alone. JPEG is read by TwelveMonkeys' reader, which converts CMYK,
 * YCCK (Adobe-inverted or not) and embedded ICC profiles to sRGB, and reads progressive and greyscale JPEG;
 * PNG by the JDK's; WebP (lossy, lossless, the first frame of an animation) by TwelveMonkeys'.
 */
final class PhotoDecoder {

    /**
     * The first image's pixels as decoded (any colour model, possibly subsampled), the stored width and height
     * of the full image in pixels (before orientation), and what the file says of colour beyond its pixels.
     */
    record Decoded(BufferedImage pixels, int width, int height, PhotoColour.Tags colour) {
    }

    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    /** An ICC profile bigger than this inflated is no photo's profile but a zip bomb. */
    private static final int PROFILE_MAX_BYTES = 4 << 20;

    private final PhotoLimits limits;

    PhotoDecoder(PhotoLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws PhotoRejected TOO_LARGE above the pixel limit; NOT_AN_IMAGE when the header has no dimensions, the
     *         data is damaged or incomplete (the reader warned), or it cannot be decoded
     */
    Decoded decode(byte[] bytes, PhotoFormat format) {
        ImageReader reader = reader(format);
        AtomicBoolean damaged = new AtomicBoolean();
        // A truncated JPEG decodes with a warning and grey pixels; it is refused rather than kept half-drawn.
        // A colour profile the reader cannot use is no damage: the pixels are shown without it, as browsers do.
        reader.addIIOReadWarningListener((source, warning) -> damaged.compareAndSet(false, !aboutColour(warning)));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, false);
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
            PhotoColour.Tags colour = format == PhotoFormat.PNG ? pngTags(reader.getImageMetadata(0))
                    : PhotoColour.Tags.NONE;
            return new Decoded(image, width, height, colour);
        } catch (PhotoRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PhotoRejected(Reason.NOT_AN_IMAGE, "the image cannot be decoded");
        } finally {
            reader.dispose();
        }
    }

    private static boolean aboutColour(String warning) {
        return warning.contains("ICC") || warning.contains("color profile") || warning.contains("colour profile");
    }

    /** For JPEG the TwelveMonkeys reader or none: the JDK's would refuse CMYK and ignore ICC profiles. */
    private static ImageReader reader(PhotoFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (format != PhotoFormat.JPEG || reader.getClass().getName().startsWith("com.twelvemonkeys.")) {
                return reader;
            }
        }
        throw new IllegalStateException("No suitable image reader for " + format);
    }

    /** The iCCP profile, else (unless an sRGB chunk says sRGB) the gAMA exponent; see {@link PhotoColour.Tags}. */
    private static PhotoColour.Tags pngTags(IIOMetadata metadata) {
        ICC_Profile profile = null;
        boolean srgb = false;
        Double gamma = null;
        for (Node chunk = metadata.getAsTree(PNG_METADATA).getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
            switch (chunk.getNodeName()) {
                case "iCCP" -> profile = profile((byte[]) ((IIOMetadataNode) chunk).getUserObject());
                case "sRGB" -> srgb = true;
                case "gAMA" -> {
                    int value = Integer.parseInt(((IIOMetadataNode) chunk).getAttribute("value"));
                    gamma = value > 0 ? value / 100_000.0 : null;
                }
                default -> {
                }
            }
        }
        if (profile != null) {
            return new PhotoColour.Tags(profile, null);
        }
        return srgb ? PhotoColour.Tags.NONE : new PhotoColour.Tags(null, gamma);
    }

    /** A profile that cannot be inflated or read is ignored, as browsers do; the pixels are then taken as sRGB. */
    private static ICC_Profile profile(byte[] compressed) {
        if (compressed == null) {
            return null;
        }
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(compressed))) {
            byte[] data = in.readNBytes(PROFILE_MAX_BYTES + 1);
            return data.length > PROFILE_MAX_BYTES ? null : ICC_Profile.getInstance(data);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
