package arbiter.demo;

import static arbiter.demo.DemoPhotos.HEIGHT;
import static arbiter.demo.DemoPhotos.WIDTH;
import static arbiter.demo.DemoPhotos.polygon;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** Logistics photos: a close-up of a shipping label, and a parcel that had a rough trip. */
final class DemoParcels {

    private static final Color CARDBOARD = new Color(196, 154, 104);
    private static final Color INK = new Color(25, 25, 25);

    private DemoParcels() {
    }

    /** A waybill taped on cardboard: grey bars where text would be, a barcode and a QR-like code. */
    static void label(Graphics2D g, Random rnd) {
        DemoPhotos.verticalGradient(g, 0, HEIGHT, CARDBOARD, CARDBOARD.darker());
        var saved = g.getTransform();
        g.rotate(Math.toRadians(rnd.nextDouble(-6, 6)), 400, 300);
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new Rectangle2D.Double(198, 96, 420, 420));
        g.setColor(new Color(250, 250, 247));
        g.fill(new Rectangle2D.Double(190, 88, 420, 420));
        g.setColor(INK);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Rectangle2D.Double(200, 98, 400, 400));
        g.fill(new Rectangle2D.Double(215, 112, 120, 34));
        for (double y : new double[] { 200, 290, 372 }) {
            g.draw(new Line2D.Double(200, y, 600, y));
        }
        textLines(g, rnd, 215, 214, 3, 360);
        textLines(g, rnd, 215, 304, 3, 360);
        qrCode(g, rnd, 500, 108);
        barcode(g, rnd, 225, 386, 350, 90);
        g.setTransform(saved);
        // Clear packing tape across the label.
        g.setColor(new Color(255, 255, 240, 60));
        g.fill(polygon(0, 40 + rnd.nextInt(60), WIDTH, 10 + rnd.nextInt(60), WIDTH, 90 + rnd.nextInt(40), 0, 120));
    }

    /** A carton in perspective with its tape and waybill, dented and sometimes torn open. */
    static void parcel(Graphics2D g, Random rnd) {
        DemoPhotos.backdrop(g, rnd);
        g.setColor(new Color(0, 0, 0, 50));
        g.fill(new Ellipse2D.Double(190, 440, 460, 70));
        Path2D front = polygon(230, 250, 520, 250, 520, 470, 230, 470);
        Path2D top = polygon(230, 250, 520, 250, 600, 190, 310, 190);
        Path2D side = polygon(520, 250, 600, 190, 600, 410, 520, 470);
        fill(g, top, new Color(214, 176, 126));
        fill(g, front, CARDBOARD);
        fill(g, side, new Color(160, 122, 80));
        g.setColor(new Color(230, 205, 160, 200));
        g.fill(polygon(365, 250, 389, 250, 467, 190, 443, 190));
        g.fill(new Rectangle2D.Double(365, 250, 24, 90));
        g.setColor(new Color(250, 250, 247));
        g.fill(new Rectangle2D.Double(255, 360, 100, 70));
        barcode(g, rnd, 262, 395, 86, 28);

        // Damage stays on the carton.
        var savedClip = g.getClip();
        g.clip(polygon(230, 250, 310, 190, 600, 190, 600, 410, 520, 470, 230, 470));
        int dents = 1 + rnd.nextInt(3);
        for (int i = 0; i < dents; i++) {
            double x = rnd.nextDouble(250, 560);
            double y = rnd.nextDouble(220, 440);
            g.setColor(new Color(60, 40, 20, 70 + rnd.nextInt(50)));
            g.fill(blob(rnd, x, y, rnd.nextDouble(25, 55)));
        }
        if (rnd.nextBoolean()) {
            // A torn hole shows the dark inside of the box.
            double x = rnd.nextDouble(400, 480);
            double y = rnd.nextDouble(300, 420);
            g.setColor(new Color(40, 28, 18));
            g.fill(blob(rnd, x, y, rnd.nextDouble(25, 45)));
        }
        g.setColor(new Color(90, 65, 35, 160));
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 3 + rnd.nextInt(4); i++) {
            double x = rnd.nextDouble(240, 500);
            double y = rnd.nextDouble(260, 460);
            g.draw(new Line2D.Double(x, y, x + rnd.nextDouble(-60, 60), y + rnd.nextDouble(-30, 30)));
        }
        g.setClip(savedClip);
    }

    private static void fill(Graphics2D g, Shape face, Color color) {
        g.setColor(color);
        g.fill(face);
        g.setColor(color.darker());
        g.setStroke(new BasicStroke(2f));
        g.draw(face);
    }

    /** An irregular roundish polygon: dents, tears. */
    private static Path2D blob(Random rnd, double cx, double cy, double radius) {
        int points = 9 + rnd.nextInt(5);
        double[] xy = new double[points * 2];
        for (int i = 0; i < points; i++) {
            double angle = 2 * Math.PI * i / points;
            double r = radius * rnd.nextDouble(0.55, 1.15);
            xy[2 * i] = cx + Math.cos(angle) * r;
            xy[2 * i + 1] = cy + Math.sin(angle) * r * 0.8;
        }
        return polygon(xy);
    }

    private static void textLines(Graphics2D g, Random rnd, double x, double y, int lines, int maxWidth) {
        g.setColor(new Color(110, 110, 110));
        for (int i = 0; i < lines; i++) {
            g.fill(new Rectangle2D.Double(x, y + i * 24, rnd.nextDouble(0.4, 1.0) * maxWidth, 10));
        }
    }

    private static void barcode(Graphics2D g, Random rnd, double x, double y, double width, double height) {
        g.setColor(INK);
        double end = x + width;
        while (x < end) {
            double bar = 1 + rnd.nextInt(4);
            g.fill(new Rectangle2D.Double(x, y, Math.min(bar, end - x), height));
            x += bar + 1 + rnd.nextInt(3);
        }
    }

    /** 21×21 modules with the three finder squares, 4 px each. */
    private static void qrCode(Graphics2D g, Random rnd, double x, double y) {
        final int module = 4;
        final int size = 21;
        g.setColor(INK);
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                boolean finderZone = (row < 8 || row >= size - 8) && (col < 8 || col >= size - 8)
                        && !(row >= size - 8 && col >= size - 8);
                if (!finderZone && rnd.nextBoolean()) {
                    g.fill(new Rectangle2D.Double(x + col * module, y + row * module, module, module));
                }
            }
        }
        for (int[] corner : new int[][] { { 0, 0 }, { size - 7, 0 }, { 0, size - 7 } }) {
            double fx = x + corner[0] * module;
            double fy = y + corner[1] * module;
            g.fill(new Rectangle2D.Double(fx, fy, 7 * module, 7 * module));
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(fx + module, fy + module, 5 * module, 5 * module));
            g.setColor(INK);
            g.fill(new Rectangle2D.Double(fx + 2 * module, fy + 2 * module, 3 * module, 3 * module));
        }
    }
}
