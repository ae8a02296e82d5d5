package arbiter.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

import arbiter.demo.DemoPhotos.Silhouette;

/** Damage painted over a product shot: scratches, stains, pilling or cracks, whichever fits the product. */
final class DemoDefects {

    private enum Style {
        SCRATCHES,
        STAIN,
        PILLING,
        CRACK
    }

    private DemoDefects() {
    }

    /** Paints a defect inside {@code body}, the product's outline, and often circles it. */
    static void draw(Graphics2D g, Random rnd, Silhouette silhouette, Shape body) {
        Style[] fitting = switch (silhouette) {
            case GARMENT -> new Style[] { Style.PILLING, Style.STAIN };
            case DEVICE, FURNITURE -> new Style[] { Style.SCRATCHES, Style.CRACK };
            case SHOE, BOTTLE -> new Style[] { Style.STAIN, Style.CRACK };
            case TOY -> new Style[] { Style.STAIN, Style.PILLING, Style.CRACK };
        };
        Rectangle2D bounds = body.getBounds2D();
        double cx = bounds.getCenterX() + rnd.nextDouble(-0.2, 0.2) * bounds.getWidth();
        double cy = bounds.getCenterY() + rnd.nextDouble(-0.2, 0.2) * bounds.getHeight();
        Shape savedClip = g.getClip();
        g.clip(body);
        switch (fitting[rnd.nextInt(fitting.length)]) {
            case SCRATCHES -> scratches(g, rnd, cx, cy);
            case STAIN -> stain(g, rnd, cx, cy);
            case PILLING -> pilling(g, rnd, cx, cy);
            case CRACK -> crack(g, rnd, cx, cy);
        }
        g.setClip(savedClip);
        if (rnd.nextInt(10) < 6) {
            // Buyers like to circle the problem before sending the photo.
            g.setColor(new Color(230, 30, 30, 210));
            g.setStroke(new BasicStroke(5f));
            g.draw(new Ellipse2D.Double(cx - 75, cy - 65, 150, 130));
        }
    }

    private static void scratches(Graphics2D g, Random rnd, double cx, double cy) {
        int count = 4 + rnd.nextInt(6);
        for (int i = 0; i < count; i++) {
            double length = rnd.nextDouble(30, 110);
            double angle = rnd.nextDouble(-0.6, 0.6);
            double dx = Math.cos(angle) * length / 2;
            double dy = Math.sin(angle) * length / 2;
            double x = cx + rnd.nextGaussian() * 25;
            double y = cy + rnd.nextGaussian() * 25;
            g.setColor(new Color(255, 255, 255, 150 + rnd.nextInt(80)));
            g.setStroke(new BasicStroke((float) rnd.nextDouble(1.2, 2.8), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(x - dx, y - dy, x, y + rnd.nextGaussian() * 6, x + dx, y + dy));
        }
    }

    private static void stain(Graphics2D g, Random rnd, double cx, double cy) {
        int blots = 2 + rnd.nextInt(3);
        for (int i = 0; i < blots; i++) {
            double w = rnd.nextDouble(22, 70);
            double h = w * rnd.nextDouble(0.6, 1.1);
            double x = cx + rnd.nextGaussian() * 20 - w / 2;
            double y = cy + rnd.nextGaussian() * 20 - h / 2;
            g.setColor(new Color(110, 80, 40, 90 + rnd.nextInt(60)));
            g.fill(new Ellipse2D.Double(x, y, w, h));
            g.setColor(new Color(80, 55, 25, 70));
            g.fill(new Ellipse2D.Double(x + w * 0.25, y + h * 0.25, w * 0.5, h * 0.5));
        }
    }

    private static void pilling(Graphics2D g, Random rnd, double cx, double cy) {
        int balls = 150 + rnd.nextInt(150);
        for (int i = 0; i < balls; i++) {
            double r = rnd.nextDouble(1.5, 4.5);
            double x = cx + rnd.nextGaussian() * 35;
            double y = cy + rnd.nextGaussian() * 28;
            int shade = 170 + rnd.nextInt(70);
            g.setColor(new Color(shade, shade, shade, 200));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    private static void crack(Graphics2D g, Random rnd, double cx, double cy) {
        g.setColor(new Color(25, 20, 20, 220));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double angle = rnd.nextDouble(0, Math.PI * 2);
        for (int branch = 0; branch < 3; branch++) {
            Path2D path = new Path2D.Double();
            double x = cx;
            double y = cy;
            path.moveTo(x, y);
            int segments = 5 + rnd.nextInt(6);
            for (int i = 0; i < segments; i++) {
                double step = rnd.nextDouble(8, 20);
                x += Math.cos(angle + rnd.nextDouble(-0.7, 0.7)) * step;
                y += Math.sin(angle + rnd.nextDouble(-0.7, 0.7)) * step;
                path.lineTo(x, y);
            }
            g.draw(path);
            angle += rnd.nextDouble(1.6, 2.6);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
    }
}
