package com.smpacademy.practice.ui;

import com.smpacademy.practice.PracticeService.WeekHours;
import com.vaadin.flow.component.html.Image;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Approved practice hours per week as a bar chart, drawn as SVG on the server (free: no chart licence, no
 * JavaScript). Only numbers and dates the server formats go into the markup. Served as an image (a data URL):
 * inline markup would pass through an HTML parser that lower-cases SVG's case-sensitive attributes.
 */
final class WeeklyHoursChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private WeeklyHoursChart() {
    }

    static Image of(List<WeekHours> weeks) {
        int width = 640;
        int height = 220;
        int left = 36;
        int bottom = 36;
        int top = 16;
        double max = Math.max(1, weeks.stream().mapToDouble(WeekHours::hours).max().orElse(1));
        double step = niceStep(max);
        double scaleMax = Math.ceil(max / step) * step;
        int plotHeight = height - bottom - top;
        double slot = (double) (width - left - 8) / Math.max(1, weeks.size());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"weekly-chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"Approved practice hours per week, last %d weeks\" "
                + "xmlns=\"http://www.w3.org/2000/svg\">", width, height, weeks.size()));
        for (double v = 0; v <= scaleMax + 1e-9; v += step) {
            double y = top + plotHeight - v / scaleMax * plotHeight;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
                    + "stroke=\"#dfe7e8\"/>", left, y, width - 8, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                    + "fill=\"#5b6b73\">%s</text>", left - 6, y + 4, trim(v)));
        }
        for (int i = 0; i < weeks.size(); i++) {
            WeekHours w = weeks.get(i);
            double h = w.hours() / scaleMax * plotHeight;
            double x = left + i * slot + slot * 0.18;
            double barWidth = slot * 0.64;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                            + "rx=\"3\" fill=\"#0b6e75\"><title>Week of %s: %s h</title></rect>", x,
                    top + plotHeight - h, barWidth, Math.max(h, 0), DAY.format(w.weekStart()), trim(w.hours())));
            if (i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" "
                                + "text-anchor=\"middle\" fill=\"#5b6b73\">%s</text>", x + barWidth / 2,
                        height - bottom + 16, DAY.format(w.weekStart())));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\" fill=\"#5b6b73\">h</text>",
                top + 4));
        svg.append("</svg>");
        String data = "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                svg.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        double total = weeks.stream().mapToDouble(WeekHours::hours).sum();
        Image image = new Image(data, "Approved practice hours per week over the last " + weeks.size()
                + " weeks: " + trim(total) + " hours in all");
        image.addClassName("weekly-chart");
        image.setId("weekly-chart");
        return image;
    }

    private static double niceStep(double max) {
        for (double step : new double[] {1, 2, 5, 10, 20, 50}) {
            if (max / step <= 5) {
                return step;
            }
        }
        return 100;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
