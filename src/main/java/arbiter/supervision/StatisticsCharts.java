package arbiter.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import arbiter.ruling.RulingMessages;
import arbiter.ruling.RulingOutcome;
import arbiter.web.Bundles;

/**
 * The statistics' charts, drawn on the server as SVG: the rulings of each day (week, month) stacked by
 * outcome, and the outcome mix of everyone and of each arbitrator. Every text in them is a message in the
 * viewer's language or a name, escaped; served as images, so nothing in them runs.
 */
final class StatisticsCharts {

    private static final String[] COLOURS = { "#2f6f9f", "#7fb0d6", "#c8553d" };
    private static final int WIDTH = 760;
    private static final int MAX_ROWS = 21;

    private StatisticsCharts() {
    }

    static String trend(Statistics.Report report, String language) {
        int height = 260;
        int left = 48;
        int right = 12;
        int top = 36;
        int bottom = 40;
        int plotWidth = WIDTH - left - right;
        int plotHeight = height - top - bottom;
        long max = Math.max(1, report.trend().stream().mapToLong(Statistics.Bucket::total).max().orElse(0));
        long step = niceStep(max);
        long axisMax = ((max + step - 1) / step) * step;
        StringBuilder svg = open(WIDTH, height, Bundles.in(SupervisionMessages.class, language).stats_chart_trend());
        legend(svg, language, left, 18);
        for (long tick = 0; tick <= axisMax; tick += step) {
            double y = top + plotHeight - (double) tick / axisMax * plotHeight;
            svg.append(line(left, y, WIDTH - right, y, "#ddd"));
            svg.append(text(left - 6, y + 4, "end", Long.toString(tick)));
        }
        List<Statistics.Bucket> buckets = report.trend();
        int n = Math.max(1, buckets.size());
        double slot = (double) plotWidth / n;
        double barWidth = Math.max(1, slot * 0.8);
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < buckets.size(); i++) {
            Statistics.Bucket bucket = buckets.get(i);
            double x = left + i * slot + (slot - barWidth) / 2;
            double base = top + plotHeight;
            RulingOutcome[] outcomes = RulingOutcome.values();
            for (int o = 0; o < outcomes.length; o++) {
                long count = bucket.outcomes().getOrDefault(outcomes[o], 0L);
                double h = (double) count / axisMax * plotHeight;
                if (count > 0) {
                    svg.append(rect(x, base - h, barWidth, h, COLOURS[o],
                            bucket.start() + " " + label(language, outcomes[o]) + ": " + count));
                }
                base -= h;
            }
            if (i % labelEvery == 0) {
                svg.append(text(x + barWidth / 2, height - bottom + 16, "middle",
                        bucket.start().toString().substring(5)));
            }
        }
        if (buckets.isEmpty()) {
            svg.append(text(WIDTH / 2.0, top + plotHeight / 2.0, "middle",
                    Bundles.in(SupervisionMessages.class, language).stats_empty()));
        }
        svg.append(line(left, top + plotHeight, WIDTH - right, top + plotHeight, "#888"));
        return svg.append("</svg>\n").toString();
    }

    static String outcomeMix(Statistics.Report report, String language) {
        List<Statistics.Figures> rows = new ArrayList<>();
        rows.add(report.overall());
        report.arbitrators().stream().limit(MAX_ROWS - 1).forEach(rows::add);
        int rowHeight = 26;
        int left = 150;
        int top = 36;
        int height = top + rows.size() * rowHeight + 12;
        int plotWidth = WIDTH - left - 60;
        StringBuilder svg = open(WIDTH, height, Bundles.in(SupervisionMessages.class, language).stats_chart_mix());
        legend(svg, language, left, 18);
        for (int i = 0; i < rows.size(); i++) {
            Statistics.Figures figures = rows.get(i);
            double y = top + i * rowHeight;
            String name = figures.arbitrator() == null ? Bundles.in(SupervisionMessages.class, language).stats_everyone()
                    : figures.arbitrator();
            svg.append(text(left - 8, y + 16, "end", name));
            double x = left;
            RulingOutcome[] outcomes = RulingOutcome.values();
            for (int o = 0; o < outcomes.length; o++) {
                long count = figures.outcome(outcomes[o]);
                double w = figures.rulings() == 0 ? 0 : (double) count / figures.rulings() * plotWidth;
                if (w > 0) {
                    svg.append(rect(x, y + 4, w, rowHeight - 8, COLOURS[o], name + " " + label(language, outcomes[o])
                            + ": " + count + " (" + Math.round(100.0 * count / figures.rulings()) + "%)"));
                }
                x += w;
            }
            svg.append(text(left + plotWidth + 6, y + 16, "start", Long.toString(figures.rulings())));
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\"><title>")
                .append(escape(title)).append("</title>\n");
    }

    private static void legend(StringBuilder svg, String language, int x, int y) {
        RulingOutcome[] outcomes = RulingOutcome.values();
        int at = x;
        for (int o = 0; o < outcomes.length; o++) {
            String name = label(language, outcomes[o]);
            svg.append(rect(at, y - 10, 12, 12, COLOURS[o], null));
            svg.append(text(at + 16, y, "start", name));
            at += 28 + name.length() * (language.equals("zh") ? 12 : 7);
        }
    }

    private static String label(String language, RulingOutcome outcome) {
        return Bundles.in(RulingMessages.class, language).outcome(outcome);
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        String shape = String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"",
                x, y, w, h, fill);
        return title == null ? shape + "/>\n" : shape + "><title>" + escape(title) + "</title></rect>\n";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                x1, y1, x2, y2, stroke);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor)
                + escape(content) + "</text>\n";
    }

    /** A step of 1, 2 or 5 times a power of ten that gives about four grid lines. */
    static long niceStep(long max) {
        double raw = max / 4.0;
        long power = (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (long factor : new long[] { 1, 2, 5, 10 }) {
            if (power * factor >= raw) {
                return Math.max(1, power * factor);
            }
        }
        return power * 10;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
