package arbiter.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Different photos of one product type, as buyers of different orders take them: the same kind of garment (the
 * demo's silhouette) in its own colour, on its own surface (a table, a bed, a floor, a carpet), from its own distance
 * and angle, under its own light, sometimes beside its bag. For the precision half of {@code PerceptualHashTest}:
 * unlike the demo's listing shots, which share one framing, no two of these were taken the same way.
 */
public final class ProductTypePhotos {

    private ProductTypePhotos() {
    }

    /** The {@code n}th photo, 800 × 600, drawn the same for the same {@code n}. */
    public static BufferedImage garment(int n) {
        Random rnd = new Random(0x5eed_0000L + n * 7919L);
        BufferedImage image = new BufferedImage(DemoPhotos.WIDTH, DemoPhotos.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        surface(g, rnd);
        if (rnd.nextInt(3) == 0) {
            // The bag it came in, somewhere in the frame.
            g.setColor(Color.getHSBColor(rnd.nextFloat(), 0.2f, 0.5f + rnd.nextFloat() * 0.4f));
            g.fill(new Rectangle2D.Double(rnd.nextInt(-100, 700), rnd.nextInt(-100, 500), rnd.nextInt(120, 300),
                    rnd.nextInt(80, 220)));
        }
        var saved = g.getTransform();
        g.translate(400 + rnd.nextInt(-160, 161), 300 + rnd.nextInt(-120, 121));
        g.rotate(Math.toRadians(rnd.nextDouble(-35, 35)));
        double scale = rnd.nextDouble(0.55, 1.3);
        g.scale(scale, scale * rnd.nextDouble(0.8, 1.1)); // seen from above or from the side
        g.translate(-400, -300);
        Color colour = Color.getHSBColor(rnd.nextFloat(), 0.3f + rnd.nextFloat() * 0.6f, 0.25f + rnd.nextFloat() * 0.7f);
        DemoSilhouettes.draw(g, rnd, DemoPhotos.Silhouette.GARMENT, colour);
        g.setTransform(saved);
        light(g, rnd);
        g.dispose();
        return image;
    }

    private static void surface(Graphics2D g, Random rnd) {
        float hue = rnd.nextFloat();
        switch (rnd.nextInt(4)) {
            case 0 -> { // a table against a wall, the edge at any height
                int edge = rnd.nextInt(150, 500);
                DemoPhotos.verticalGradient(g, 0, edge, Color.getHSBColor(hue, 0.08f, 0.95f),
                        Color.getHSBColor(hue, 0.12f, 0.8f));
                DemoPhotos.verticalGradient(g, edge, DemoPhotos.HEIGHT, Color.getHSBColor(0.08f, 0.3f, 0.7f),
                        Color.getHSBColor(0.08f, 0.35f, 0.5f));
            }
            case 1 -> { // a bed sheet with stripes
                g.setColor(Color.getHSBColor(hue, 0.15f, 0.9f));
                g.fillRect(0, 0, DemoPhotos.WIDTH, DemoPhotos.HEIGHT);
                g.setColor(Color.getHSBColor(hue, 0.35f, 0.75f));
                int step = rnd.nextInt(30, 90);
                for (int x = rnd.nextInt(step); x < DemoPhotos.WIDTH; x += step) {
                    g.fillRect(x, 0, step / 3, DemoPhotos.HEIGHT);
                }
            }
            case 2 -> { // floor tiles
                int tile = rnd.nextInt(90, 220);
                for (int y = 0; y < DemoPhotos.HEIGHT; y += tile) {
                    for (int x = 0; x < DemoPhotos.WIDTH; x += tile) {
                        g.setColor(Color.getHSBColor(hue, 0.05f, ((x + y) / tile) % 2 == 0 ? 0.85f : 0.7f));
                        g.fillRect(x, y, tile - 3, tile - 3);
                    }
                }
            }
            default -> { // a speckled carpet
                g.setColor(Color.getHSBColor(hue, 0.25f, 0.45f));
                g.fillRect(0, 0, DemoPhotos.WIDTH, DemoPhotos.HEIGHT);
                for (int i = 0; i < 4000; i++) {
                    g.setColor(Color.getHSBColor(hue, 0.3f, 0.3f + rnd.nextFloat() * 0.4f));
                    g.fillRect(rnd.nextInt(DemoPhotos.WIDTH), rnd.nextInt(DemoPhotos.HEIGHT), 4, 4);
                }
            }
        }
    }

    /** A lamp or a window off to one side: a soft bright patch. */
    private static void light(Graphics2D g, Random rnd) {
        int x = rnd.nextInt(-200, 800);
        int y = rnd.nextInt(-200, 600);
        for (int r = 500; r > 0; r -= 50) {
            g.setColor(new Color(255, 250, 235, 6));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2.0 * r, 2.0 * r));
        }
    }
}
