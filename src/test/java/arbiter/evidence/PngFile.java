package arbiter.evidence;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG written chunk by chunk, so a test photo is exactly the colour type, bit depth and ancillary chunks it
 * names (ImageIO's writer picks its own colour type and writes no gAMA, tRNS colour key or iCCP on request).
 * Rows are unfiltered; samples are given per pixel, one per channel, at the file's bit depth.
 */
final class PngFile {

    private final int colourType;
    private final int depth;
    private final int width;
    private final int height;
    private BiFunction<Integer, Integer, int[]> samples;
    private final ByteArrayOutputStream beforePalette = new ByteArrayOutputStream();
    private final ByteArrayOutputStream afterPalette = new ByteArrayOutputStream();
    private byte[] palette;

    private PngFile(int colourType, int depth, int width, int height) {
        this.colourType = colourType;
        this.depth = depth;
        this.width = width;
        this.height = height;
    }

    /** Colour type 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA; depth 1, 2, 4, 8 or 16 as the type allows. */
    static PngFile of(int colourType, int depth, int width, int height) {
        return new PngFile(colourType, depth, width, height);
    }

    /** The samples of each pixel, one per channel (a palette index for type 3). */
    PngFile samples(BiFunction<Integer, Integer, int[]> samples) {
        this.samples = samples;
        return this;
    }

    /** The PLTE chunk, from 0xRRGGBB colours. */
    PngFile palette(int... colours) {
        palette = new byte[colours.length * 3];
        for (int i = 0; i < colours.length; i++) {
            palette[i * 3] = (byte) (colours[i] >> 16);
            palette[i * 3 + 1] = (byte) (colours[i] >> 8);
            palette[i * 3 + 2] = (byte) colours[i];
        }
        return this;
    }

    /** A tRNS chunk, as its data bytes (alphas of palette entries, or the colour key's 16-bit samples). */
    PngFile trns(byte[] data) {
        chunk(afterPalette, "tRNS", data);
        return this;
    }

    /** A gAMA chunk: the encoding exponent times 100,000. */
    PngFile gama(int value) {
        chunk(beforePalette, "gAMA", new byte[] { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8),
                (byte) value });
        return this;
    }

    /** An sRGB chunk (perceptual intent). */
    PngFile srgb() {
        chunk(beforePalette, "sRGB", new byte[] { 0 });
        return this;
    }

    /** An iCCP chunk holding {@code profile}, deflated. */
    PngFile iccp(byte[] profile) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("test profile\0\0".getBytes(StandardCharsets.ISO_8859_1));
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data)) {
            deflate.write(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(beforePalette, "iCCP", data.toByteArray());
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        try {
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[] { (byte) depth, (byte) colourType, 0, 0, 0 });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IHDR", ihdr.toByteArray());
        png.writeBytes(beforePalette.toByteArray());
        if (palette != null) {
            chunk(png, "PLTE", palette);
        }
        png.writeBytes(afterPalette.toByteArray());
        chunk(png, "IDAT", deflate(rows()));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private byte[] rows() {
        int channels = switch (colourType) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0); // filter: none
            int bits = 0;
            int filled = 0;
            for (int x = 0; x < width; x++) {
                int[] pixel = samples.apply(x, y);
                for (int c = 0; c < channels; c++) {
                    if (depth == 16) {
                        raw.write(pixel[c] >> 8);
                        raw.write(pixel[c]);
                    } else if (depth == 8) {
                        raw.write(pixel[c]);
                    } else {
                        bits = bits << depth | pixel[c];
                        filled += depth;
                        if (filled == 8) {
                            raw.write(bits);
                            bits = 0;
                            filled = 0;
                        }
                    }
                }
            }
            if (filled > 0) {
                raw.write(bits << (8 - filled));
            }
        }
        return raw.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        long value = crc.getValue();
        out.write((int) (value >>> 24));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 8));
        out.write((int) value);
    }
}
