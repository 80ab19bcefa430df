package dev.collage.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * A small grouped bar chart as SVG, written by hand: no library, no fonts beyond the
 * browser's sans-serif. Each panel has its own scale; groups are the x axis, series the bars.
 */
final class BarChart {

    /** One bar series: a name, a colour, a value per group (NaN for none). */
    record Series(String name, String colour, List<Double> values) {}

    /** One chart of the figure. */
    record Panel(String title, String unit, List<String> groups, List<Series> series) {}

    private static final int PANEL_WIDTH = 360;
    private static final int PANEL_HEIGHT = 240;
    private static final int MARGIN_LEFT = 56;
    private static final int MARGIN_TOP = 40;
    private static final int MARGIN_BOTTOM = 56;

    private BarChart() {}

    static String svg(String title, List<Panel> panels) {
        int width = panels.size() * (PANEL_WIDTH + MARGIN_LEFT) + 20;
        int height = PANEL_HEIGHT + MARGIN_TOP + MARGIN_BOTTOM + 10;
        var svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">\n",
                width,
                height,
                width,
                height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", width, height));
        svg.append(text(10, 20, escape(title), "start", 14, "bold"));
        for (int i = 0; i < panels.size(); i++) {
            panel(svg, panels.get(i), 10 + i * (PANEL_WIDTH + MARGIN_LEFT) + MARGIN_LEFT, MARGIN_TOP + 10);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void panel(StringBuilder svg, Panel panel, int left, int top) {
        double max = panel.series().stream()
                .flatMap(s -> s.values().stream())
                .filter(v -> !v.isNaN())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        double scaleTop = niceCeiling(max);
        int bottom = top + PANEL_HEIGHT;
        svg.append(text(left, top - 8, escape(panel.title()) + " (" + escape(panel.unit()) + ")", "start", 13, "bold"));
        for (int tick = 0; tick <= 4; tick++) {
            double value = scaleTop * tick / 4;
            double y = bottom - PANEL_HEIGHT * tick / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>\n",
                    left,
                    y,
                    left + PANEL_WIDTH,
                    y));
            svg.append(text(left - 6, y + 4, number(value), "end", 11, "normal"));
        }
        int groups = panel.groups().size();
        int seriesCount = panel.series().size();
        double groupWidth = (double) PANEL_WIDTH / groups;
        double barWidth = groupWidth * 0.7 / seriesCount;
        for (int g = 0; g < groups; g++) {
            double groupLeft = left + g * groupWidth + groupWidth * 0.15;
            for (int s = 0; s < seriesCount; s++) {
                Series series = panel.series().get(s);
                double value = series.values().get(g);
                if (Double.isNaN(value)) {
                    continue;
                }
                double h = PANEL_HEIGHT * value / scaleTop;
                double x = groupLeft + s * barWidth;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                        x,
                        bottom - h,
                        barWidth - 2,
                        h,
                        series.colour()));
                svg.append(text(x + barWidth / 2 - 1, bottom - h - 4, number(value), "middle", 10, "normal"));
            }
            svg.append(text(
                    left + g * groupWidth + groupWidth / 2,
                    bottom + 16,
                    escape(panel.groups().get(g)),
                    "middle",
                    11,
                    "normal"));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>\n",
                left,
                bottom,
                left + PANEL_WIDTH,
                bottom));
        for (int s = 0; s < seriesCount; s++) {
            Series series = panel.series().get(s);
            int x = left + s * 110;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
                    x,
                    bottom + 30,
                    series.colour()));
            svg.append(text(x + 16, bottom + 40, escape(series.name()), "start", 11, "normal"));
        }
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code value}. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String text(double x, double y, String content, String anchor, int size, String weight) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\" fill=\"#222\">%s</text>\n",
                x,
                y,
                anchor,
                size,
                weight,
                content);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
