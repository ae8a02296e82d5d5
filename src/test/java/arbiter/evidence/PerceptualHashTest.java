package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.Test;

import arbiter.demo.DemoPhotos;
import arbiter.demo.ProductTypePhotos;

/**
 * Recall and precision of the perceptual hash (issue 17), through the intake's own pipeline (decode, normalise,
 * hash), at the threshold the portal runs with ({@link PhotoReuseRules#DEFAULT_MAX_DISTANCE}).
 * <p>
 * <b>Recall</b>: each of 48 evidence photos (two of every kind, products, defects, shipping labels and parcels, in every
 * silhouette) is
 * looked for again in each of the five ways a reused photo comes back: re-encoded at JPEG quality 30, resized to
 * half, cropped by 5 % (2.5 % off each edge), with a caption band over its bottom tenth, brightened by 10 %. Every
 * variant must be found.
 * <p>
 * <b>Precision</b>: 1,000 different photos of the same product type ({@link ProductTypePhotos}: one kind of garment,
 * each in its own colour, surface, distance, angle and light) must mostly not match one another: the false-match rate
 * is the share of their 499,500 pairs within the threshold.
 */
class PerceptualHashTest {

    private static final int MAX_DISTANCE = PhotoReuseRules.DEFAULT_MAX_DISTANCE;
    private static final PhotoPipeline PIPELINE = new PhotoPipeline(PhotoCorpusTest.LIMITS);

    @Test
    void everyWayAReusedPhotoComesBackIsFound() {
        Map<String, UnaryOperator<BufferedImage>> variants = new LinkedHashMap<>();
        variants.put("JPEG quality 30", image -> image);
        variants.put("half size", image -> resized(image, image.getWidth() / 2, image.getHeight() / 2));
        variants.put("cropped 5 %", PerceptualHashTest::cropped);
        variants.put("caption band", PerceptualHashTest::captioned);
        variants.put("brightened 10 %", PerceptualHashTest::brightened);
        int[] worst = new int[variants.size()];
        List<String> missed = new ArrayList<>();
        int photos = 0;
        for (DemoPhotos.Kind kind : DemoPhotos.Kind.values()) {
            for (DemoPhotos.Silhouette silhouette : DemoPhotos.Silhouette.values()) {
                for (int i = 0; i < 2; i++) {
                    byte[] original = DemoPhotos.render(new DemoPhotos.Spec(kind, silhouette, 0x336699 + 0x101010 * i,
                            1000L * kind.ordinal() + 10L * silhouette.ordinal() + i));
                    photos++;
                    long hash = hash(original);
                    BufferedImage decoded = decode(original);
                    int v = 0;
                    for (var variant : variants.entrySet()) {
                        BufferedImage changed = variant.getValue().apply(decoded);
                        float quality = variant.getKey().startsWith("JPEG") ? 0.3f : 0.9f;
                        int distance = PerceptualHash.distance(hash, hash(jpeg(changed, quality)));
                        worst[v] = Math.max(worst[v], distance);
                        if (distance > MAX_DISTANCE) {
                            missed.add(kind + "/" + silhouette + "/" + i + " " + variant.getKey() + ": " + distance);
                        }
                        v++;
                    }
                }
            }
        }
        int v = 0;
        for (String variant : variants.keySet()) {
            System.out.printf("perceptual hash recall: %-16s worst distance %2d of %d photos%n", variant, worst[v++],
                    photos);
        }
        System.out.printf("perceptual hash recall: %d of %d variants within %d bits; missed: %s%n",
                photos * variants.size() - missed.size(), photos * variants.size(), MAX_DISTANCE, missed);
        assertEquals(List.of(), missed, "every variant within " + MAX_DISTANCE + " bits");
    }

    @Test
    void aThousandDifferentPhotosOfOneProductTypeRarelyMatch() {
        int count = 1000;
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(jpeg(ProductTypePhotos.garment(i), 0.9f));
        }
        long pairs = 0;
        long matches = 0;
        int[] histogram = new int[PerceptualHash.BITS + 1];
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                int distance = PerceptualHash.distance(hashes[a], hashes[b]);
                histogram[distance]++;
                pairs++;
                if (distance <= MAX_DISTANCE) {
                    matches++;
                }
            }
        }
        double rate = (double) matches / pairs;
        System.out.printf("perceptual hash precision: %d of %d pairs of different garment photos within %d bits"
                + " (false-match rate %.4f %%); distances %s%n", matches, pairs, MAX_DISTANCE, 100 * rate,
                summary(histogram));
        assertTrue(rate < 0.001, "false-match rate " + rate);
    }

    @Test
    void theDistanceCountsTheBitsThatDiffer() {
        assertEquals(0, PerceptualHash.distance(0x0123_4567_89ab_cdefL, 0x0123_4567_89ab_cdefL));
        assertEquals(64, PerceptualHash.distance(0L, -1L));
        assertEquals(2, PerceptualHash.distance(0b1010L, 0b0110L));
    }

    @Test
    void theTopBitIsTheMeanBrightnessAndAlwaysClear() {
        BufferedImage dark = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        BufferedImage tiny = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        tiny.setRGB(0, 0, 0xffffff);
        assertEquals(0, PerceptualHash.of(dark) >>> 63);
        assertEquals(0, PerceptualHash.of(tiny) >>> 63, "a photo smaller than the 32 × 32 grid is hashed too");
        assertEquals(0, PerceptualHash.of(decode(DemoPhotos.render(new DemoPhotos.Spec(DemoPhotos.Kind.LABEL,
                DemoPhotos.Silhouette.TOY, 0xffffff, 3)))) >>> 63);
    }

    private static String summary(int[] histogram) {
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < histogram.length; d++) {
            if (histogram[d] > 0 && d <= 20) {
                text.append(d).append(':').append(histogram[d]).append(' ');
            }
        }
        return text.append("(≤ 20 shown)").toString();
    }

    static long hash(byte[] photo) {
        return PIPELINE.process(photo).perceptualHash();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static BufferedImage cropped(BufferedImage image) {
        int dx = Math.round(image.getWidth() * 0.025f);
        int dy = Math.round(image.getHeight() * 0.025f);
        BufferedImage out = new BufferedImage(image.getWidth() - 2 * dx, image.getHeight() - 2 * dy,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, -dx, -dy, null);
        g.dispose();
        return out;
    }

    static BufferedImage captioned(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        int band = image.getHeight() / 10;
        g.setColor(new Color(0, 0, 0, 170));
        g.fillRect(0, image.getHeight() - band, image.getWidth(), band);
        g.setColor(Color.WHITE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, band * 3 / 5));
        g.drawString("Real photo, taken on delivery 2026-11-28", band / 3, image.getHeight() - band / 3);
        g.dispose();
        return out;
    }

    static BufferedImage brightened(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = Math.min(255, Math.round(((rgb >> 16) & 0xff) * 1.1f));
                int gr = Math.min(255, Math.round(((rgb >> 8) & 0xff) * 1.1f));
                int b = Math.min(255, Math.round((rgb & 0xff) * 1.1f));
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }
}
