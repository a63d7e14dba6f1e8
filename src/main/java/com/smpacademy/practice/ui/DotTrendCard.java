package com.smpacademy.practice.ui;

import com.smpacademy.account.Role;
import com.smpacademy.practice.DotFiguresService;
import com.smpacademy.practice.DotFiguresService.TrendPoint;
import com.smpacademy.ui.DashboardContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The trainee's dashboard card: dot-size CV and spacing CV over their approved synthetic-skin entries, as a line
 * chart drawn on the server as SVG (the weekly-hours chart's style), served as an image.
 */
@org.springframework.stereotype.Component
class DotTrendCard implements DashboardContribution {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private final DotFiguresService dots;

    DotTrendCard(DotFiguresService dots) {
        this.dots = dots;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Component> card(Role role) {
        if (role != Role.TRAINEE) {
            return Optional.empty();
        }
        List<TrendPoint> points = dots.myTrend();
        Card card = new Card();
        card.setId("dot-trend-card");
        card.setTitle(new H3("Dot consistency"));
        if (points.isEmpty()) {
            card.add(new Paragraph("When approved synthetic-skin entries have a photo of the practice card, the "
                    + "variation of your dot size and spacing shows here. Lower is more consistent."));
            return Optional.of(card);
        }
        TrendPoint last = points.get(points.size() - 1);
        card.add(chart(points), new Paragraph(String.format(Locale.ROOT, "Latest (%s): dot size varies by %.0f %%, "
                + "spacing by %.0f %%. Lower is more consistent.", DAY.format(last.date()), last.diameterCv() * 100,
                last.spacingCv() * 100)));
        return Optional.of(card);
    }

    static Image chart(List<TrendPoint> points) {
        // sized for a dashboard card: a narrow view box keeps the labels readable
        int width = 360;
        int height = 210;
        int left = 40;
        int bottom = 30;
        int top = 28;
        int right = 14;
        double max = points.stream().mapToDouble(p -> Math.max(p.diameterCv(), p.spacingCv())).max().orElse(0.1);
        double scaleMax = Math.max(0.1, Math.ceil(max * 10) / 10.0);
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" role=\"img\" "
                + "xmlns=\"http://www.w3.org/2000/svg\">", width, height));
        for (int i = 0; i <= 4; i++) {
            double v = scaleMax * i / 4;
            double y = top + plotH - v / scaleMax * plotH;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
                    + "stroke=\"#dfe7e8\"/><text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" "
                    + "fill=\"#5b6b73\">%.0f%%</text>", left, y, width - right, y, left - 6, y + 4, v * 100));
        }
        line(svg, points, true, "#0b6e75", left, top, plotW, plotH, scaleMax);
        line(svg, points, false, "#c2185b", left, top, plotW, plotH, scaleMax);
        int step = Math.max(1, points.size() / 3);
        for (int i = 0; i < points.size(); i += step) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" "
                    + "fill=\"#5b6b73\">%s</text>", x(i, points.size(), left, plotW), height - bottom + 16,
                    DAY.format(points.get(i).date())));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"3\" fill=\"#0b6e75\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#5b6b73\">dot size CV</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"3\" fill=\"#c2185b\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#5b6b73\">spacing CV</text>",
                left, 8, left + 14, 12, left + 110, 8, left + 124, 12));
        svg.append("</svg>");
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg.toString().getBytes(StandardCharsets.UTF_8)), "Dot size and spacing variation over "
                + points.size() + " approved synthetic-skin entries");
        image.addClassName("weekly-chart");
        image.setId("dot-trend-chart");
        return image;
    }

    private static double x(int i, int n, int left, int plotW) {
        return n == 1 ? left + plotW / 2.0 : left + (double) i / (n - 1) * plotW;
    }

    private static void line(StringBuilder svg, List<TrendPoint> points, boolean size, String colour, int left,
                             int top, int plotW, int plotH, double scaleMax) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double v = size ? points.get(i).diameterCv() : points.get(i).spacingCv();
            double x = x(i, points.size(), left, plotW);
            double y = top + plotH - Math.min(v, scaleMax) / scaleMax * plotH;
            path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: "
                    + "%.0f%%</title></circle>", x, y, colour, DAY.format(points.get(i).date()), v * 100));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"/>");
    }
}
