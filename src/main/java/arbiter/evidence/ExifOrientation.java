package arbiter.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.image.ImageUtil;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * The EXIF {@code Orientation} tag (TIFF tag 274): where the stored rows and columns belong when the photo is
 * looked at. Phones store a portrait shot as landscape pixels with {@link #RIGHT_TOP} (6); a browser shown the
 * original would turn it upright, so the portal must do the same before the tag is stripped by re-encoding.
 */
enum ExifOrientation {
    /** 1: stored as seen. */
    TOP_LEFT,
    /** 2: mirrored left to right. */
    TOP_RIGHT,
    /** 3: upside down. */
    BOTTOM_RIGHT,
    /** 4: mirrored top to bottom. */
    BOTTOM_LEFT,
    /** 5: mirrored along the top-left to bottom-right diagonal. */
    LEFT_TOP,
    /** 6: to be turned 90° clockwise (a phone held upright). */
    RIGHT_TOP,
    /** 7: mirrored along the top-right to bottom-left diagonal. */
    RIGHT_BOTTOM,
    /** 8: to be turned 90° counter-clockwise. */
    LEFT_BOTTOM;

    /** The orientation for a tag value; a value outside 1–8 (broken or absent) means {@link #TOP_LEFT}. */
    static ExifOrientation of(int tagValue) {
        return tagValue >= 1 && tagValue <= 8 ? values()[tagValue - 1] : TOP_LEFT;
    }

    /** Whether the upright photo's width is the stored height (orientations 5–8). */
    boolean swapsEdges() {
        return ordinal() >= LEFT_TOP.ordinal();
    }

    /**
     * The stored pixels turned and mirrored so that they are upright. Each tag value is one or two of
     * TwelveMonkeys' flips and quarter turns; the mapping is the EXIF 2.32 table (section 4.6.4, tag 274).
     * {@code ImageUtil.FLIP_VERTICAL} mirrors about the vertical axis (left and right swap), {@code FLIP_HORIZONTAL}
     * about the horizontal one; {@code PhotoCorpusTest} holds all eight to the table.
     */
    BufferedImage upright(BufferedImage stored) {
        return switch (this) {
            case TOP_LEFT -> stored;
            case TOP_RIGHT -> ImageUtil.createFlipped(stored, ImageUtil.FLIP_VERTICAL);
            case BOTTOM_RIGHT -> ImageUtil.createRotated(stored, ImageUtil.ROTATE_180);
            case BOTTOM_LEFT -> ImageUtil.createFlipped(stored, ImageUtil.FLIP_HORIZONTAL);
            case LEFT_TOP -> ImageUtil.createRotated(ImageUtil.createFlipped(stored, ImageUtil.FLIP_VERTICAL),
                    ImageUtil.ROTATE_90_CCW);
            case RIGHT_TOP -> ImageUtil.createRotated(stored, ImageUtil.ROTATE_90_CW);
            case RIGHT_BOTTOM -> ImageUtil.createRotated(ImageUtil.createFlipped(stored, ImageUtil.FLIP_VERTICAL),
                    ImageUtil.ROTATE_90_CW);
            case LEFT_BOTTOM -> ImageUtil.createRotated(stored, ImageUtil.ROTATE_90_CCW);
        };
    }

    /**
     * The orientation a JPEG's first Exif segment declares, read with TwelveMonkeys' segment and TIFF readers.
     * A JPEG without Exif, or with an Exif block that cannot be read, is taken as stored ({@link #TOP_LEFT}),
     * as browsers do: a broken tag is no reason to refuse the photo.
     */
    static ExifOrientation ofJpeg(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return TOP_LEFT;
            }
            byte[] tiff = withoutPadByte(exif.get(0).data());
            try (ImageInputStream tiffIn = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
                Directory ifd0 = new TIFFReader().read(tiffIn);
                Entry tag = ifd0.getEntryById(TIFF.TAG_ORIENTATION);
                return tag != null && tag.getValue() instanceof Number n ? of(n.intValue()) : TOP_LEFT;
            }
        } catch (IOException | RuntimeException e) {
            return TOP_LEFT;
        }
    }

    /** The segment's identifier is "Exif" followed by two NULs; the reader strips one. */
    private static byte[] withoutPadByte(InputStream data) throws IOException {
        byte[] bytes = data.readAllBytes();
        return bytes.length > 0 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
