package arbiter.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Stand-in evidence photos: a product on a table, the same with a defect (circled in red, as buyers do),
 * a shipping label, or a battered parcel. Shapes only, no text, so no fonts are needed and this runs on a
 * bare headless JVM. Equal {@link Spec}s give equal JPEG bytes.
 */
public final class DemoPhotos {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;

    /** What the photo shows. */
    public enum Kind {
        PRODUCT,
        DEFECT,
        LABEL,
        PARCEL
    }

    /** The product silhouette, one per shop category. */
    public enum Silhouette {
        GARMENT,
        DEVICE,
        SHOE,
        BOTTLE,
        FURNITURE,
        TOY
    }

    /** Everything a photo depends on: {@code rgb} colours the product, {@code seed} varies the rest. */
    public record Spec(Kind kind, Silhouette silhouette, int rgb, long seed) {
    }

    private DemoPhotos() {
    }

    /** Draws the photo and encodes it as a {@link #WIDTH}×{@link #HEIGHT} JPEG. */
    public static byte[] render(Spec spec) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Random rnd = new Random(scramble(spec.seed()));
            holdTheCamera(g, new Random(scramble(~spec.seed())));
            switch (spec.kind()) {
                case PRODUCT -> productShot(g, rnd, spec, false);
                case DEFECT -> productShot(g, rnd, spec, true);
                case LABEL -> DemoParcels.label(g, rnd);
                case PARCEL -> DemoParcels.parcel(g, rnd);
            }
        } finally {
            g.dispose();
        }
        return jpeg(image);
    }

    /**
     * Each photo is taken from its own distance and angle, against its own surroundings, as buyers' photos are: without
     * this every label or parcel of the demo would have the same look, and the reused-photo check (issue 17) would
     * rightly find them all nearly identical.
     */
    private static void holdTheCamera(Graphics2D g, Random camera) {
        g.setColor(Color.getHSBColor(camera.nextFloat(), camera.nextFloat() * 0.4f, 0.2f + camera.nextFloat() * 0.7f));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 3; i++) { // things lying around
            g.setColor(
                    Color.getHSBColor(camera.nextFloat(), 0.3f + camera.nextFloat() * 0.5f, 0.3f + camera.nextFloat() * 0.6f));
            g.fillRect(camera.nextInt(WIDTH), camera.nextInt(HEIGHT), 80 + camera.nextInt(260), 60 + camera.nextInt(200));
        }
        g.translate(WIDTH / 2.0 + camera.nextInt(-140, 141), HEIGHT / 2.0 + camera.nextInt(-100, 101));
        g.rotate(Math.toRadians(camera.nextDouble(-30, 30)));
        double scale = camera.nextDouble(0.55, 1.05);
        g.scale(scale, scale * camera.nextDouble(0.8, 1.15));
        g.translate(-WIDTH / 2.0, -HEIGHT / 2.0);
    }

    private static void productShot(Graphics2D g, Random rnd, Spec spec, boolean damaged) {
        backdrop(g, rnd);
        g.setColor(new Color(0, 0, 0, 45));
        g.fill(new Ellipse2D.Double(200, 480, 400, 46));
        // A slightly different framing each time, as if photographed by hand.
        var saved = g.getTransform();
        g.translate(400 + rnd.nextInt(-30, 31), 300 + rnd.nextInt(-15, 16));
        g.rotate(Math.toRadians(rnd.nextDouble(-4, 4)));
        double scale = rnd.nextDouble(0.9, 1.08);
        g.scale(scale, scale);
        g.translate(-400, -300);
        Shape body = DemoSilhouettes.draw(g, rnd, spec.silhouette(), new Color(spec.rgb()));
        if (damaged) {
            DemoDefects.draw(g, rnd, spec.silhouette(), body);
        }
        g.setTransform(saved);
    }

    /**
     * SplitMix64's finaliser: java.util.Random gives nearly the same first numbers for nearby seeds, and
     * the structured seeds of listing photos are nearby.
     */
    private static long scramble(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A pale wall fading into a table top, tinted at random. */
    static void backdrop(Graphics2D g, Random rnd) {
        float hue = rnd.nextFloat();
        verticalGradient(g, 0, 430, Color.getHSBColor(hue, 0.06f, 0.97f), Color.getHSBColor(hue, 0.10f, 0.86f));
        verticalGradient(g, 430, HEIGHT, Color.getHSBColor(0.08f, 0.18f, 0.80f),
                Color.getHSBColor(0.08f, 0.22f, 0.66f));
    }

    /**
     * A full-width gradient painted as one-pixel rows of solid colour: for whole-frame backgrounds this is
     * several times cheaper than a GradientPaint, which computes every pixel.
     */
    static void verticalGradient(Graphics2D g, int top, int bottom, Color from, Color to) {
        for (int y = top; y < bottom; y++) {
            float t = (float) (y - top) / Math.max(1, bottom - top - 1);
            g.setColor(new Color(mix(from.getRed(), to.getRed(), t), mix(from.getGreen(), to.getGreen(), t),
                    mix(from.getBlue(), to.getBlue(), t)));
            g.fillRect(0, y, WIDTH, 1);
        }
    }

    private static int mix(int from, int to, float t) {
        return Math.round(from + (to - from) * t);
    }

    /** Fills {@code shape} with a top-lit gradient of {@code base} and outlines it a shade darker. */
    static void shaded(Graphics2D g, Shape shape, Color base) {
        var bounds = shape.getBounds2D();
        g.setPaint(new GradientPaint((float) bounds.getMinX(), (float) bounds.getMinY(), lighter(base),
                (float) bounds.getMaxX(), (float) bounds.getMaxY(), base.darker()));
        g.fill(shape);
        g.setColor(base.darker().darker());
        g.setStroke(new BasicStroke(2f));
        g.draw(shape);
    }

    static Color lighter(Color c) {
        return new Color(Math.min(255, c.getRed() + 40), Math.min(255, c.getGreen() + 40),
                Math.min(255, c.getBlue() + 40));
    }

    /** A closed polygon through {@code xy} = x0, y0, x1, y1, … */
    static Path2D polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /**
     * Encodes in memory (ImageIO.write would buffer through a temporary file by default). The JPEG writer
     * takes 3-byte BGR rasters as they are but converts int RGB ones row by row; copying first is faster.
     */
    private static byte[] jpeg(BufferedImage image) {
        BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream(64 * 1024);
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(bgr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
