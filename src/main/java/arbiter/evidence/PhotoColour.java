package arbiter.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Brings decoded pixels into one shape: opaque 8-bit sRGB ({@link BufferedImage#TYPE_INT_RGB}), transparency
 * composited on white. Colour that the decoder left in the file's own terms is converted here: an image in a
 * non-sRGB colour space (an embedded ICC profile) through the JDK's colour management, a PNG's {@code iCCP}
 * profile, and a PNG's {@code gAMA} the way browsers apply it.
 */
final class PhotoColour {

    /**
     * What a file says of its colour beyond its pixels, for what the decoder does not apply itself: the PNG
     * {@code iCCP} profile ({@code null} if none or unreadable), else the PNG {@code gAMA} value (the encoding
     * exponent, e.g. 0.45455; {@code null} if none or if an {@code sRGB} chunk overrides it).
     */
    record Tags(ICC_Profile profile, Double fileGamma) {
        static final Tags NONE = new Tags(null, null);
    }

    /** The display exponent browsers assume when they apply a PNG's gAMA. */
    private static final double SRGB_GAMMA = 1 / 2.2;
    /** libpng's PNG_GAMMA_THRESHOLD: a gAMA within 5% of sRGB's is sRGB, and left alone. */
    private static final double GAMMA_THRESHOLD = 0.05;

    private PhotoColour() {
    }

    /**
     * The decoded image as opaque sRGB, of the same width and height.
     *
     * <p>
     * Greyscale in the JDK's own grey colour space (PNG and JPEG greyscale) is taken sample for sample, as
     * grey in sRGB's encoding, which is what the file means; converting it as the JDK's linear grey would
     * lighten it. A PNG gAMA that is not sRGB's ~1/2.2 is applied as Chrome and Firefox do when no sRGB or
     * iCCP chunk is present: samples decoded with the file's exponent to linear light, then encoded with the
     * sRGB curve.
     */
    static BufferedImage opaqueSrgb(BufferedImage decoded, Tags tags) {
        BufferedImage rgb = opaque(decoded);
        if (tags.profile() != null) {
            return fromProfile(rgb, tags.profile());
        }
        if (tags.fileGamma() != null && Math.abs(tags.fileGamma() / SRGB_GAMMA - 1) > GAMMA_THRESHOLD) {
            applyGamma(rgb, tags.fileGamma());
        }
        return rgb;
    }

    private static BufferedImage opaque(BufferedImage decoded) {
        ColorSpace space = decoded.getColorModel().getColorSpace();
        if (space == ColorSpace.getInstance(ColorSpace.CS_GRAY) && decoded.getColorModel() instanceof ComponentColorModel) {
            return greyOnWhite(decoded);
        }
        BufferedImage source = decoded;
        if (!space.isCS_sRGB()) { // an embedded profile the decoder kept rather than converted
            source = new BufferedImage(decoded.getWidth(), decoded.getHeight(), decoded.getColorModel().hasAlpha()
                    ? BufferedImage.TYPE_INT_ARGB
                    : BufferedImage.TYPE_INT_RGB);
            new ColorConvertOp(null).filter(decoded, source);
        }
        BufferedImage target = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, target.getWidth(), target.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static BufferedImage greyOnWhite(BufferedImage grey) {
        ComponentColorModel model = (ComponentColorModel) grey.getColorModel();
        Raster raster = grey.getRaster();
        double greyMax = (1 << model.getComponentSize(0)) - 1;
        boolean alpha = model.hasAlpha();
        double alphaMax = alpha ? (1 << model.getComponentSize(1)) - 1 : 1;
        int width = grey.getWidth();
        BufferedImage target = new BufferedImage(width, grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] samples = new int[width * raster.getNumBands()];
        int[] row = new int[width];
        for (int y = 0; y < grey.getHeight(); y++) {
            raster.getPixels(0, y, width, 1, samples);
            for (int x = 0; x < width; x++) {
                double value = samples[x * raster.getNumBands()] * 255 / greyMax;
                double opacity = alpha ? samples[x * 2 + 1] / alphaMax : 1;
                int v = (int) Math.round(value * opacity + 255 * (1 - opacity));
                row[x] = v << 16 | v << 8 | v;
            }
            target.setRGB(0, y, width, 1, row, 0, width);
        }
        return target;
    }

    /** The samples of {@code rgb} read as values in {@code profile}'s space, converted to sRGB. */
    private static BufferedImage fromProfile(BufferedImage rgb, ICC_Profile profile) {
        int bands = profile.getNumComponents();
        if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB && profile.getColorSpaceType() != ColorSpace.TYPE_GRAY) {
            return rgb; // a profile that cannot describe these samples (say CMYK on a PNG) is ignored, as browsers do
        }
        ComponentColorModel model = new ComponentColorModel(new ICC_ColorSpace(profile), false, false,
                java.awt.Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(rgb.getWidth(), rgb.getHeight());
        int[] row = new int[rgb.getWidth()];
        int[] samples = new int[rgb.getWidth() * bands];
        for (int y = 0; y < rgb.getHeight(); y++) {
            rgb.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                for (int b = 0; b < bands; b++) {
                    samples[x * bands + b] = row[x] >> (16 - 8 * b) & 0xFF;
                }
            }
            raster.setPixels(0, y, row.length, 1, samples);
        }
        BufferedImage tagged = new BufferedImage(model, raster, false, null);
        BufferedImage target = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(null).filter(tagged, target);
        return target;
    }

    /** A lookup table over the 256 sample values: decode with the file's exponent, encode with sRGB's curve. */
    private static void applyGamma(BufferedImage rgb, double fileGamma) {
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            double linear = Math.pow(v / 255.0, 1 / fileGamma);
            double encoded = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
            table[v] = (int) Math.round(Math.max(0, Math.min(1, encoded)) * 255);
        }
        int[] row = new int[rgb.getWidth()];
        for (int y = 0; y < rgb.getHeight(); y++) {
            rgb.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int p = row[x];
                row[x] = table[p >> 16 & 0xFF] << 16 | table[p >> 8 & 0xFF] << 8 | table[p & 0xFF];
            }
            rgb.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
    }
}
