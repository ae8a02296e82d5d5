package arbiter.evidence;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntBinaryOperator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos as parties send them, each with what the arbitrator must see: the upright width × height and the
 * sRGB colour at known points (fractions of the upright width and height, checked ±3 per channel over a 5×5
 * patch). Every picture is four solid quadrants of different colours, so a turn or a mirror shows.
 *
 * <p>
 * Made here: the 8 EXIF orientations (a JPEG from ImageIO with an APP1 Exif segment holding only the
 * Orientation tag, inserted after the JFIF segment as phones' editors write it); progressive and greyscale JPEG
 * (ImageIO write parameters, a TYPE_BYTE_GRAY image); JPEGs with an Adobe RGB (1998) or Display P3 profile
 * (the JDK's sRGB profile with its colorant and curve tags replaced by the published values, in an APP2
 * ICC_PROFILE segment; expected values from the published RGB→XYZ(D65) and XYZ→sRGB matrices, not from any
 * colour management); every PNG colour type and bit depth, with tRNS, gAMA, sRGB and iCCP chunks (written
 * chunk by chunk here, so the file is exactly the one named). Files under {@code src/test/resources/photos/}
 * for what Java cannot write: see the README there.
 */
public final class PhotoCorpus {

    /** A point of the upright photo, as fractions of its width and height, and the sRGB colour expected there. */
    public record Probe(double x, double y, int rgb) {
    }

    /**
     * One photo: {@code name} says what it is, {@code bytes} as uploaded, {@code width} × {@code height} the
     * upright size expected, and the colours expected at the probes.
     */
    public record Entry(String name, byte[] bytes, int width, int height, List<Probe> probes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final int RED = 0xC82828;
    static final int GREEN = 0x28A03C;
    static final int BLUE = 0x283CBE;
    static final int YELLOW = 0xE6C828;

    private PhotoCorpus() {
    }

    /** The whole corpus. */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>(orientations());
        all.addAll(jpegs());
        all.addAll(colourManaged());
        all.addAll(pngs());
        all.addAll(files());
        return all;
    }

    /** A representative part for the entry points: the 8 orientations, one ICC-tagged JPEG, one CMYK JPEG. */
    public static List<Entry> representative() {
        List<Entry> some = new ArrayList<>(orientations());
        some.add(colourManaged().get(0));
        some.add(files().stream().filter(e -> e.name().contains("SWOP")).findFirst().orElseThrow());
        return some;
    }

    // ---- JPEG orientations

    /** Stored 128×64 with Orientation 1–8: upright 128×64 for 1–4, 64×128 for 5–8. */
    public static List<Entry> orientations() {
        List<Entry> entries = new ArrayList<>();
        for (int tag = 1; tag <= 8; tag++) {
            int w = tag <= 4 ? 128 : 64;
            int h = tag <= 4 ? 64 : 128;
            BufferedImage stored = stored(tag, quadrants(w, h, RED, GREEN, BLUE, YELLOW));
            entries.add(new Entry("JPEG with EXIF Orientation " + tag + " is turned upright",
                    withExifOrientation(jpeg(stored, false), tag), w, h, quadrantProbes(RED, GREEN, BLUE, YELLOW)));
        }
        return entries;
    }

    /**
     * The stored pixels of an upright picture under an EXIF orientation, from the EXIF table (where the stored
     * row 0 and column 0 lie when seen): each stored pixel takes the upright pixel it is shown at.
     */
    static BufferedImage stored(int tag, BufferedImage upright) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swap = tag >= 5;
        BufferedImage stored = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int sy = 0; sy < stored.getHeight(); sy++) {
            for (int sx = 0; sx < stored.getWidth(); sx++) {
                int[] seen = switch (tag) {
                    case 1 -> new int[] { sx, sy };
                    case 2 -> new int[] { w - 1 - sx, sy };
                    case 3 -> new int[] { w - 1 - sx, h - 1 - sy };
                    case 4 -> new int[] { sx, h - 1 - sy };
                    case 5 -> new int[] { sy, sx };
                    case 6 -> new int[] { w - 1 - sy, sx };
                    case 7 -> new int[] { w - 1 - sy, h - 1 - sx };
                    default -> new int[] { sy, h - 1 - sx };
                };
                stored.setRGB(sx, sy, upright.getRGB(seen[0], seen[1]));
            }
        }
        return stored;
    }

    // ---- JPEG variants

    static List<Entry> jpegs() {
        BufferedImage grey = new BufferedImage(64, 32, BufferedImage.TYPE_BYTE_GRAY);
        int[] greys = { 30, 100, 170, 240 };
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                grey.getRaster().setSample(x, y, 0, greys[(y / 16) * 2 + x / 32]);
            }
        }
        return List.of(
                new Entry("baseline JPEG without Exif is kept as stored",
                        jpeg(quadrants(64, 32, RED, GREEN, BLUE, YELLOW), false), 64, 32,
                        quadrantProbes(RED, GREEN, BLUE, YELLOW)),
                new Entry("progressive JPEG is decoded whole",
                        jpeg(quadrants(64, 32, RED, GREEN, BLUE, YELLOW), true), 64, 32,
                        quadrantProbes(RED, GREEN, BLUE, YELLOW)),
                new Entry("greyscale JPEG keeps its greys", jpeg(grey, false), 64, 32,
                        quadrantProbes(0x1E1E1E, 0x646464, 0xAAAAAA, 0xF0F0F0)));
    }

    // ---- ICC-tagged JPEG and PNG

    /** Adobe RGB (1998): RGB→XYZ(D65) as published by Adobe, and its colorants adapted to D50 for the profile. */
    static final double[][] ADOBE_TO_XYZ = {
            { 0.5767309, 0.1855540, 0.1881852 }, { 0.2973769, 0.6273491, 0.0752741 }, { 0.0270343, 0.0706872, 0.9911085 } };
    static final double[][] ADOBE_D50 = { { 0.60974, 0.31111, 0.01947 }, { 0.20528, 0.62567, 0.06087 },
            { 0.14919, 0.06322, 0.74457 } };
    /** Display P3: RGB→XYZ(D65) of the P3 primaries with D65 white; its D50 colorants as in Apple's profile. */
    static final double[][] P3_TO_XYZ = {
            { 0.4865709, 0.2656677, 0.1982173 }, { 0.2289746, 0.6917385, 0.0792869 }, { 0.0000000, 0.0451134, 1.0439444 } };
    static final double[][] P3_D50 = { { 0.51512, 0.24120, -0.00105 }, { 0.29198, 0.69225, 0.04189 },
            { 0.15710, 0.06657, 0.78407 } };
    /** XYZ(D65)→linear sRGB (IEC 61966-2-1). */
    static final double[][] XYZ_TO_SRGB = {
            { 3.2404542, -1.5371385, -0.4985314 }, { -0.9692660, 1.8760108, 0.0415560 }, { 0.0556434, -0.2040259, 1.0572252 } };

    static final int[] WIDE = { 0xB45A3C, 0x6EA05A, 0x465AAA, 0xDCD278 };

    static List<Entry> colourManaged() {
        byte[] adobe = adobeRgbProfile().getData();
        byte[] p3 = displayP3Profile().getData();
        BufferedImage raw = quadrants(64, 32, WIDE[0], WIDE[1], WIDE[2], WIDE[3]);
        int[] fromAdobe = new int[4];
        int[] fromP3 = new int[4];
        for (int i = 0; i < 4; i++) {
            fromAdobe[i] = toSrgb(WIDE[i], ADOBE_TO_XYZ, true);
            fromP3[i] = toSrgb(WIDE[i], P3_TO_XYZ, false);
        }
        return List.of(
                new Entry("JPEG in Adobe RGB (1998) is converted to sRGB", withIcc(jpeg(raw, false), adobe), 64, 32,
                        quadrantProbes(fromAdobe)),
                new Entry("JPEG in Display P3 is converted to sRGB", withIcc(jpeg(raw, false), p3), 64, 32,
                        quadrantProbes(fromP3)),
                new Entry("PNG with an Adobe RGB iCCP chunk is converted to sRGB",
                        PngFile.of(2, 8, 64, 32).samples(rgb(WIDE[0], WIDE[1], WIDE[2], WIDE[3], 1)).iccp(adobe).bytes(),
                        64, 32, quadrantProbes(fromAdobe)));
    }

    /** An encoded colour of a wide space to sRGB through the published matrices; fails if out of sRGB's gamut. */
    static int toSrgb(int rgb, double[][] toXyz, boolean adobeCurve) {
        double[] linear = new double[3];
        for (int c = 0; c < 3; c++) {
            double v = (rgb >> (16 - 8 * c) & 0xFF) / 255.0;
            linear[c] = adobeCurve ? Math.pow(v, 563 / 256.0) : srgbDecode(v);
        }
        double[] xyz = multiply(toXyz, linear);
        double[] srgb = multiply(XYZ_TO_SRGB, xyz);
        int out = 0;
        for (int c = 0; c < 3; c++) {
            if (srgb[c] < 0 || srgb[c] > 1) {
                throw new IllegalArgumentException(Integer.toHexString(rgb) + " is outside sRGB");
            }
            out = out << 8 | (int) Math.round(srgbEncode(srgb[c]) * 255);
        }
        return out;
    }

    static ICC_Profile adobeRgbProfile() {
        ICC_Profile profile = ICC_Profile.getInstance(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        colorants(profile, ADOBE_D50);
        // curveType with one entry: a pure gamma in u8Fixed8, 563/256 = 2.19921875
        byte[] curve = ByteBuffer.allocate(14).put("curv".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(1)
                .putShort((short) 563).array();
        profile.setData(ICC_Profile.icSigRedTRCTag, curve);
        profile.setData(ICC_Profile.icSigGreenTRCTag, curve);
        profile.setData(ICC_Profile.icSigBlueTRCTag, curve);
        return profile;
    }

    /** Display P3 keeps sRGB's curve; only the primaries differ. */
    static ICC_Profile displayP3Profile() {
        ICC_Profile profile = ICC_Profile.getInstance(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        colorants(profile, P3_D50);
        return profile;
    }

    private static void colorants(ICC_Profile profile, double[][] d50) {
        int[] tags = { ICC_Profile.icSigRedColorantTag, ICC_Profile.icSigGreenColorantTag,
                ICC_Profile.icSigBlueColorantTag };
        for (int c = 0; c < 3; c++) {
            ByteBuffer xyz = ByteBuffer.allocate(20).put("XYZ ".getBytes(StandardCharsets.US_ASCII)).putInt(0);
            for (double v : d50[c]) {
                xyz.putInt((int) Math.round(v * 65536));
            }
            profile.setData(tags[c], xyz.array());
        }
    }

    // ---- PNG

    static List<Entry> pngs() {
        List<Entry> e = new ArrayList<>();
        int[] g4 = { 0x1E1E1E, 0x646464, 0xAAAAAA, 0xF0F0F0 };
        e.add(png("greyscale 1-bit", 0, 1, (x, y) -> q(x, y, 0, 1, 1, 0), 0x000000, 0xFFFFFF, 0xFFFFFF, 0x000000));
        e.add(png("greyscale 2-bit", 0, 2, (x, y) -> q(x, y, 0, 1, 2, 3), 0x000000, 0x555555, 0xAAAAAA, 0xFFFFFF));
        e.add(png("greyscale 4-bit", 0, 4, (x, y) -> q(x, y, 2, 6, 10, 14), 0x222222, 0x666666, 0xAAAAAA, 0xEEEEEE));
        e.add(png("greyscale 8-bit", 0, 8, (x, y) -> q(x, y, 30, 100, 170, 240), g4));
        e.add(png("greyscale 16-bit", 0, 16, (x, y) -> q(x, y, 30, 100, 170, 240) * 257, g4));
        e.add(new Entry("PNG RGB 8-bit shows its values", PngFile.of(2, 8, 64, 32).samples(rgb(RED, GREEN, BLUE, YELLOW, 1))
                .bytes(), 64, 32, quadrantProbes(RED, GREEN, BLUE, YELLOW)));
        e.add(new Entry("PNG RGB 16-bit shows its values", PngFile.of(2, 16, 64, 32).samples(rgb(RED, GREEN, BLUE, YELLOW,
                257)).bytes(), 64, 32, quadrantProbes(RED, GREEN, BLUE, YELLOW)));
        int[] palette = { RED, GREEN, BLUE, YELLOW };
        e.add(new Entry("PNG palette 1-bit shows its palette colours",
                png(3, 1, (x, y) -> q(x, y, 0, 1, 1, 0)).palette(RED, GREEN).bytes(), 64, 32,
                quadrantProbes(RED, GREEN, GREEN, RED)));
        e.add(new Entry("PNG palette 2-bit shows its palette colours",
                png(3, 2, (x, y) -> q(x, y, 0, 1, 2, 3)).palette(palette).bytes(), 64, 32,
                quadrantProbes(RED, GREEN, BLUE, YELLOW)));
        int[] sixteen = new int[16];
        int[] big = new int[256];
        for (int i = 0; i < 256; i++) {
            big[i] = i * 0x010101;
            if (i < 16) {
                sixteen[i] = i * 0x111111;
            }
        }
        sixteen[3] = RED;
        sixteen[7] = GREEN;
        sixteen[11] = BLUE;
        sixteen[15] = YELLOW;
        e.add(new Entry("PNG palette 4-bit shows its palette colours",
                png(3, 4, (x, y) -> q(x, y, 3, 7, 11, 15)).palette(sixteen).bytes(), 64, 32,
                quadrantProbes(RED, GREEN, BLUE, YELLOW)));
        big[10] = RED;
        big[100] = GREEN;
        big[200] = BLUE;
        big[255] = YELLOW;
        e.add(new Entry("PNG palette 8-bit shows its palette colours",
                png(3, 8, (x, y) -> q(x, y, 10, 100, 200, 255)).palette(big).bytes(), 64, 32,
                quadrantProbes(RED, GREEN, BLUE, YELLOW)));
        // tRNS on a palette: index 1 fully transparent (white), index 2 half (blue over white), others opaque
        e.add(new Entry("PNG palette with tRNS is composited on white",
                png(3, 2, (x, y) -> q(x, y, 0, 1, 2, 3)).palette(palette).trns(new byte[] { (byte) 255, 0,
                        (byte) 128 }).bytes(),
                64, 32, quadrantProbes(RED, 0xFFFFFF, onWhite(BLUE, 128), YELLOW)));
        e.add(new Entry("PNG greyscale with a tRNS colour key is white where keyed",
                png(0, 8, (x, y) -> q(x, y, 30, 100, 170, 240)).trns(new byte[] { 0, 100 }).bytes(), 64, 32,
                quadrantProbes(0x1E1E1E, 0xFFFFFF, 0xAAAAAA, 0xF0F0F0)));
        e.add(new Entry("PNG RGB with a tRNS colour key is white where keyed",
                PngFile.of(2, 8, 64, 32).samples(rgb(RED, GREEN, BLUE, YELLOW, 1)).trns(new byte[] { 0, 0x28, 0, (byte) 0xA0, 0,
                        0x3C }).bytes(),
                64, 32, quadrantProbes(RED, 0xFFFFFF, BLUE, YELLOW)));
        // grey + alpha: black at alpha 0, 64, 128, 255
        IntBinaryOperator greyAlpha = (x, y) -> q(x, y, 0, 64, 128, 255);
        e.add(new Entry("PNG greyscale+alpha 8-bit is composited on white",
                PngFile.of(4, 8, 64, 32).samples((x, y) -> new int[] { 0,
                        greyAlpha.applyAsInt(x, y) }).bytes(),
                64, 32,
                quadrantProbes(0xFFFFFF, onWhite(0, 64), onWhite(0, 128), 0x000000)));
        e.add(new Entry("PNG greyscale+alpha 16-bit is composited on white",
                PngFile.of(4, 16, 64, 32).samples((x, y) -> new int[] { 0, greyAlpha.applyAsInt(x, y) * 257 })
                        .bytes(),
                64, 32, quadrantProbes(0xFFFFFF, onWhite(0, 64), onWhite(0, 128), 0x000000)));
        e.add(new Entry("PNG RGBA 8-bit is composited on white",
                PngFile.of(6, 8, 64, 32).samples((x, y) -> rgba(RED, greyAlpha.applyAsInt(x, y), 1)).bytes(), 64,
                32, quadrantProbes(0xFFFFFF, onWhite(RED, 64), onWhite(RED, 128), RED)));
        e.add(new Entry("PNG RGBA 16-bit is composited on white",
                PngFile.of(6, 16, 64, 32).samples((x, y) -> rgba(RED, greyAlpha.applyAsInt(x, y), 257)).bytes(),
                64, 32, quadrantProbes(0xFFFFFF, onWhite(RED, 64), onWhite(RED, 128), RED)));
        // gAMA: 1.0 means linear samples; browsers decode with 1/1.0 and encode with the sRGB curve.
        // Expected: round(255 * srgbEncode((v/255)^(1/gamma))) for v = 32, 64, 128, 200.
        IntBinaryOperator ramp = (x, y) -> q(x, y, 32, 64, 128, 200);
        e.add(new Entry("PNG with gAMA 1.0 (linear) is brightened as browsers show it",
                png(0, 8, ramp).gama(100000).bytes(), 64, 32,
                quadrantProbes(0x636363, 0x898989, 0xBCBCBC, 0xE5E5E5)));
        e.add(new Entry("PNG with gAMA 0.8 is adjusted as browsers show it",
                png(0, 8, ramp).gama(80000).bytes(), 64, 32,
                quadrantProbes(0x4D4D4D, 0x757575, 0xAEAEAE, 0xDFDFDF)));
        e.add(new Entry("PNG with gAMA 1/2.2 is sRGB and unchanged",
                png(0, 8, ramp).gama(45455).bytes(), 64, 32,
                quadrantProbes(0x202020, 0x404040, 0x808080, 0xC8C8C8)));
        e.add(new Entry("PNG with gAMA 1.0 and an sRGB chunk is sRGB and unchanged",
                png(0, 8, ramp).gama(100000).srgb().bytes(), 64, 32,
                quadrantProbes(0x202020, 0x404040, 0x808080, 0xC8C8C8)));
        return e;
    }

    private static Entry png(String what, int colourType, int depth, IntBinaryOperator grey, int... expected) {
        return new Entry("PNG " + what + " shows its values",
                PngFile.of(colourType, depth, 64, 32).samples(one(grey)).bytes(), 64, 32, quadrantProbes(expected));
    }

    private static PngFile png(int colourType, int depth, IntBinaryOperator one) {
        return PngFile.of(colourType, depth, 64, 32).samples(one(one));
    }

    private static BiFunction<Integer, Integer, int[]> one(IntBinaryOperator sample) {
        return (x, y) -> new int[] { sample.applyAsInt(x, y) };
    }

    private static BiFunction<Integer, Integer, int[]> rgb(int tl, int tr, int bl, int br, int scale) {
        return (x, y) -> {
            int c = q(x, y, tl, tr, bl, br);
            return new int[] { (c >> 16 & 0xFF) * scale, (c >> 8 & 0xFF) * scale, (c & 0xFF) * scale };
        };
    }

    private static int q(int x, int y, int tl, int tr, int bl, int br) {
        return y < 16 ? (x < 32 ? tl : tr) : (x < 32 ? bl : br);
    }

    private static int[] rgba(int rgb, int alpha, int scale) {
        return new int[] { (rgb >> 16 & 0xFF) * scale, (rgb >> 8 & 0xFF) * scale, (rgb & 0xFF) * scale, alpha * scale };
    }

    /** {@code rgb} at {@code alpha}/255 over white. */
    static int onWhite(int rgb, int alpha) {
        int out = 0;
        for (int c = 16; c >= 0; c -= 8) {
            double v = (rgb >> c & 0xFF) * alpha / 255.0 + 255 * (1 - alpha / 255.0);
            out = out << 8 | (int) Math.round(v);
        }
        return out;
    }

    // ---- files

    /** The committed files, described in src/test/resources/photos/README.md. */
    static List<Entry> files() {
        return List.of(
                // lcms2 (ImageMagick 6.9.11, -intent relative and perceptual agree) with the same profile
                new Entry("CMYK JPEG (Adobe-inverted YCCK) with a SWOP profile is converted to sRGB",
                        resource("ycck-swop.jpg"), 64, 32, quadrantProbes(0x00B0F0, 0xED288F, 0xFFF217, 0x969899)),
                // no profile: what browsers do, R = 255 (1 - C)(1 - K) and so on
                new Entry("CMYK JPEG (Adobe-inverted YCCK) without a profile is converted as browsers do",
                        resource("ycck-no-profile.jpg"), 64, 32, quadrantProbes(0x00FFFF, 0xFF00FF, 0xFFFF00, 0x7F7F7F)),
                new Entry("lossless WebP keeps its exact colours", resource("quadrants-lossless.webp"), 64, 32,
                        quadrantProbes(RED, GREEN, BLUE, YELLOW)),
                new Entry("animated WebP shows its first frame", resource("quadrants-animated.webp"), 64, 32,
                        quadrantProbes(RED, GREEN, BLUE, YELLOW)));
    }

    static byte[] resource(String name) {
        try (InputStream in = PhotoCorpus.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test photo " + name, e);
        }
    }

    // ---- pictures and checks

    static BufferedImage quadrants(int w, int h, int tl, int tr, int bl, int br) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, y < h / 2 ? (x < w / 2 ? tl : tr) : (x < w / 2 ? bl : br));
            }
        }
        return image;
    }

    static List<Probe> quadrantProbes(int... expected) {
        return List.of(new Probe(0.25, 0.25, expected[0]), new Probe(0.75, 0.25, expected[1]),
                new Probe(0.25, 0.75, expected[2]), new Probe(0.75, 0.75, expected[3]));
    }

    /**
     * What differs between {@code entry} and {@code shown} (the served display variant): the size, and each
     * probe whose 5×5 average is off by more than 3 in a channel; empty when the arbitrator sees the photo taken.
     */
    public static List<String> differences(Entry entry, BufferedImage shown) {
        List<String> wrong = new ArrayList<>();
        if (shown.getWidth() != entry.width() || shown.getHeight() != entry.height()) {
            wrong.add(entry.name() + ": shown " + shown.getWidth() + "×" + shown.getHeight() + ", expected "
                    + entry.width() + "×" + entry.height());
            return wrong;
        }
        for (Probe probe : entry.probes()) {
            int cx = (int) (probe.x() * shown.getWidth());
            int cy = (int) (probe.y() * shown.getHeight());
            int[] sum = new int[3];
            for (int y = cy - 2; y <= cy + 2; y++) {
                for (int x = cx - 2; x <= cx + 2; x++) {
                    int p = shown.getRGB(x, y);
                    sum[0] += p >> 16 & 0xFF;
                    sum[1] += p >> 8 & 0xFF;
                    sum[2] += p & 0xFF;
                }
            }
            int seen = 0;
            boolean off = false;
            for (int c = 0; c < 3; c++) {
                int v = Math.round(sum[c] / 25f);
                off |= Math.abs(v - (probe.rgb() >> (16 - 8 * c) & 0xFF)) > 3;
                seen = seen << 8 | v;
            }
            if (off) {
                wrong.add(String.format("%s: at (%.2f, %.2f) #%06X, expected #%06X", entry.name(), probe.x(),
                        probe.y(), seen, probe.rgb()));
            }
        }
        return wrong;
    }

    // ---- encoding

    static byte[] jpeg(BufferedImage image, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            } else {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.95f);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** An APP1 Exif segment (big-endian TIFF, one IFD, one entry: Orientation, SHORT) after SOI and JFIF. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
        tiff.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // header, IFD0 at 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        return insertSegment(jpeg, 0xE1, tiff.array());
    }

    /** An APP2 ICC_PROFILE segment (one chunk of one) after SOI and JFIF. */
    static byte[] withIcc(byte[] jpeg, byte[] profile) {
        ByteBuffer app2 = ByteBuffer.allocate(14 + profile.length);
        app2.put("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1).put(profile);
        return insertSegment(jpeg, 0xE2, app2.array());
    }

    private static byte[] insertSegment(byte[] jpeg, int marker, byte[] payload) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) { // after the JFIF APP0
            at = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        }
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + payload.length + 4);
        out.put(jpeg, 0, at);
        out.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        out.put(jpeg, at, jpeg.length - at);
        return out.array();
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            out[r] = m[r][0] * v[0] + m[r][1] * v[1] + m[r][2] * v[2];
        }
        return out;
    }

    static double srgbDecode(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double srgbEncode(double linear) {
        return linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    }
}
