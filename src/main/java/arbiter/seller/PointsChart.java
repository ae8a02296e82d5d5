package arbiter.seller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A shop's points through the year as an SVG step line, with the thresholds of the measures drawn across it.
 * It holds numbers and dates only, so it reads the same in both languages.
 */
final class PointsChart {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 180;
    private static final int LEFT = 30;
    private static final int TOP = 10;
    private static final int PLOT_W = WIDTH - LEFT - 10;
    private static final int PLOT_H = HEIGHT - TOP - 24;

    private PointsChart() {
    }

    static String of(ShopPoints.Standing standing, List<Integer> thresholds, ZoneId zone, Instant now) {
        Instant start = LocalDate.of(standing.year(), 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(standing.year() + 1, 1, 1).atStartOfDay(zone).toInstant();
        int max = Math.max(thresholds.stream().mapToInt(Integer::intValue).max().orElse(12),
                standing.history().stream().mapToInt(ShopPoints.Line::total).max().orElse(0));
        StringBuilder svg = new StringBuilder(2048).append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " role=\"img\" font-family=\"sans-serif\" font-size=\"10\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        for (int threshold : thresholds) {
            double y = y(threshold, max);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c8553d\""
                    + " stroke-dasharray=\"4 3\"/>\n<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
                    LEFT, y, LEFT + PLOT_W, y, LEFT - 4, y + 3, threshold));
        }
        StringBuilder path = new StringBuilder(String.format(Locale.ROOT, "M%d %.1f", LEFT, y(0, max)));
        for (ShopPoints.Line line : standing.history()) {
            double x = x(line.at(), start, end);
            path.append(String.format(Locale.ROOT, " H%.1f V%.1f", x, y(line.total(), max)));
        }
        path.append(String.format(Locale.ROOT, " H%.1f", x(now.isBefore(end) ? now : end, start, end)));
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#2f6f9f\" stroke-width=\"2\"/>\n");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/>\n",
                LEFT, y(0, max), LEFT + PLOT_W, y(0, max)));
        for (int month = 1; month <= 12; month += 3) {
            Instant at = LocalDate.of(standing.year(), month, 1).atStartOfDay(zone).toInstant();
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"start\">%d-%02d</text>\n",
                    x(at, start, end), HEIGHT - 6, standing.year(), month));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(Instant at, Instant start, Instant end) {
        return LEFT + (double) ChronoUnit.SECONDS.between(start, at) / ChronoUnit.SECONDS.between(start, end) * PLOT_W;
    }

    private static double y(int points, int max) {
        return TOP + PLOT_H - (double) points / max * PLOT_H;
    }
}
