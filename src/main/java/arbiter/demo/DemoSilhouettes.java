package arbiter.demo;

import static arbiter.demo.DemoPhotos.lighter;
import static arbiter.demo.DemoPhotos.polygon;
import static arbiter.demo.DemoPhotos.shaded;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import arbiter.demo.DemoPhotos.Silhouette;

/**
 * Product silhouettes drawn in an 800×600 frame centred on (400, 300), resting on y ≈ 500. Each returns the
 * outline of the product's main body: that is where a defect may be painted.
 */
final class DemoSilhouettes {

    private DemoSilhouettes() {
    }

    static Shape draw(Graphics2D g, Random rnd, Silhouette silhouette, Color color) {
        return switch (silhouette) {
            case GARMENT -> coat(g, color);
            case DEVICE -> rnd.nextBoolean() ? phone(g, color) : laptop(g, color);
            case SHOE -> shoe(g, color);
            case BOTTLE -> bottle(g, rnd, color);
            case FURNITURE -> cabinet(g, rnd, color);
            case TOY -> bear(g, color);
        };
    }

    private static Shape coat(Graphics2D g, Color color) {
        Path2D body = polygon(360, 110, 300, 125, 230, 170, 185, 380, 230, 392, 268, 235, 270, 500,
                530, 500, 532, 235, 570, 392, 615, 380, 570, 170, 500, 125, 440, 110);
        shaded(g, body, color);
        g.setColor(color.darker().darker());
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(360, 110, 400, 240));
        g.draw(new Line2D.Double(440, 110, 400, 240));
        g.draw(new Line2D.Double(400, 240, 400, 500));
        g.draw(new Line2D.Double(300, 400, 360, 400));
        g.draw(new Line2D.Double(440, 400, 500, 400));
        for (int y = 270; y <= 450; y += 60) {
            g.fill(new Ellipse2D.Double(412, y, 14, 14));
        }
        return body;
    }

    private static Shape phone(Graphics2D g, Color color) {
        Shape body = new RoundRectangle2D.Double(315, 100, 170, 360, 40, 40);
        shaded(g, body, color);
        screen(g, new RoundRectangle2D.Double(325, 112, 150, 336, 28, 28));
        g.setColor(Color.BLACK);
        g.fill(new Ellipse2D.Double(393, 122, 14, 14));
        return body;
    }

    private static Shape laptop(Graphics2D g, Color color) {
        Shape lid = new RoundRectangle2D.Double(220, 110, 360, 240, 18, 18);
        Shape base = polygon(200, 350, 600, 350, 650, 395, 150, 395);
        shaded(g, lid, color);
        screen(g, new Rectangle2D.Double(236, 126, 328, 205));
        shaded(g, base, lighter(color));
        g.setColor(color.darker());
        for (int row = 0; row < 3; row++) {
            for (int key = 0; key < 14; key++) {
                g.fill(new Rectangle2D.Double(235 + key * 24 + row * 4, 356 + row * 9, 18, 6));
            }
        }
        return union(lid, base);
    }

    /** A dark screen with a diagonal glare. */
    private static void screen(Graphics2D g, Shape screen) {
        var b = screen.getBounds2D();
        g.setPaint(new GradientPaint((float) b.getMinX(), (float) b.getMinY(), new Color(30, 45, 80),
                (float) b.getMaxX(), (float) b.getMaxY(), new Color(8, 10, 20)));
        g.fill(screen);
        g.setColor(new Color(255, 255, 255, 35));
        g.fill(polygon(b.getMinX(), b.getMinY(), b.getCenterX(), b.getMinY(), b.getMinX(), b.getCenterY()));
    }

    private static Shape shoe(Graphics2D g, Color color) {
        Path2D upper = new Path2D.Double();
        upper.moveTo(205, 420);
        upper.lineTo(212, 300);
        upper.quadTo(245, 268, 300, 285);
        upper.lineTo(380, 325);
        upper.quadTo(480, 330, 560, 355);
        upper.quadTo(618, 372, 610, 420);
        upper.closePath();
        shaded(g, upper, color);
        Shape sole = new RoundRectangle2D.Double(190, 415, 435, 42, 30, 30);
        shaded(g, sole, new Color(236, 234, 228));
        g.setColor(lighter(lighter(color)));
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(250, 395, 520, 370));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 4; i++) {
            g.draw(new Line2D.Double(318 + i * 22, 300 + i * 8, 336 + i * 22, 330 + i * 6));
        }
        return union(upper, sole);
    }

    /** A tall bottle or a squat jar, with a blank label. */
    private static Shape bottle(Graphics2D g, Random rnd, Color color) {
        Color cap = new Color(70, 70, 78);
        if (rnd.nextBoolean()) {
            Shape body = new RoundRectangle2D.Double(330, 215, 140, 285, 40, 40);
            shaded(g, body, color);
            shaded(g, new Rectangle2D.Double(372, 170, 56, 50), color.darker());
            shaded(g, new RoundRectangle2D.Double(360, 105, 80, 70, 12, 12), cap);
            label(g, new Rectangle2D.Double(345, 310, 110, 100));
            return body;
        }
        Shape body = new RoundRectangle2D.Double(285, 300, 230, 200, 50, 50);
        shaded(g, body, color);
        shaded(g, new RoundRectangle2D.Double(275, 255, 250, 55, 20, 20), cap);
        label(g, new Rectangle2D.Double(310, 350, 180, 90));
        return body;
    }

    /** A paler band with a few stripes where the text would be. */
    private static void label(Graphics2D g, Rectangle2D area) {
        g.setColor(new Color(255, 255, 255, 170));
        g.fill(area);
        g.setColor(new Color(120, 120, 130, 150));
        for (int i = 1; i <= 3; i++) {
            double width = area.getWidth() * (i == 1 ? 0.7 : 0.5);
            g.fill(new Rectangle2D.Double(area.getCenterX() - width / 2, area.getY() + i * area.getHeight() / 4 - 4,
                    width, 8));
        }
    }

    private static Shape cabinet(Graphics2D g, Random rnd, Color color) {
        for (double x : new double[] { 300, 482 }) {
            shaded(g, polygon(x, 455, x + 18, 455, x + 14, 505, x + 4, 505), color.darker());
        }
        Shape body = new Rectangle2D.Double(285, 170, 230, 290);
        shaded(g, body, color);
        shaded(g, new Rectangle2D.Double(275, 158, 250, 18), color.darker());
        int drawers = 2 + rnd.nextInt(3);
        double height = 270.0 / drawers;
        for (int i = 0; i < drawers; i++) {
            double y = 184 + i * height;
            shaded(g, new Rectangle2D.Double(298, y, 204, height - 12), lighter(color));
            shaded(g, new RoundRectangle2D.Double(378, y + height / 2 - 11, 44, 10, 8, 8), new Color(190, 170, 120));
        }
        return body;
    }

    private static Shape bear(Graphics2D g, Color color) {
        for (double x : new double[] { 318, 450 }) {
            shaded(g, new Ellipse2D.Double(x, 110, 64, 64), color);
        }
        Shape belly = new Ellipse2D.Double(315, 260, 170, 220);
        shaded(g, belly, color);
        for (double x : new double[] { 262, 468 }) {
            shaded(g, new Ellipse2D.Double(x, 290, 70, 110), color);
        }
        for (double x : new double[] { 300, 420 }) {
            shaded(g, new Ellipse2D.Double(x, 440, 80, 60), color);
        }
        Shape head = new Ellipse2D.Double(315, 120, 170, 160);
        shaded(g, head, color);
        shaded(g, new Ellipse2D.Double(360, 200, 80, 60), lighter(lighter(color)));
        g.setColor(new Color(30, 20, 20));
        g.fill(new Ellipse2D.Double(358, 175, 14, 14));
        g.fill(new Ellipse2D.Double(428, 175, 14, 14));
        g.fill(new Ellipse2D.Double(388, 210, 24, 16));
        return union(belly, head);
    }

    private static Shape union(Shape first, Shape second) {
        Area area = new Area(first);
        area.add(new Area(second));
        return area;
    }
}
