package com.smpacademy.certification;

import java.util.ArrayList;
import java.util.List;

/** A program's badge as SVG: a seal with the program's name and the academy's. */
final class BadgeSvg {

    private BadgeSvg() {
    }

    static String render(String program, String academy) {
        StringBuilder lines = new StringBuilder();
        List<String> words = wrap(program, 16);
        int y = 200 - (words.size() - 1) * 14;
        for (String line : words) {
            lines.append("<text x=\"200\" y=\"").append(y).append("\" font-size=\"26\" font-weight=\"700\">")
                    .append(CredentialsController.escape(line)).append("</text>");
            y += 30;
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" \
                aria-label="%1$s badge, %2$s">
                <title>%1$s, %2$s</title>
                <defs><radialGradient id="g" cx="50%%" cy="40%%" r="60%%"><stop offset="0" stop-color="#3b4a6b"/>\
                <stop offset="1" stop-color="#1c2437"/></radialGradient></defs>
                <circle cx="200" cy="200" r="190" fill="#c9a45c"/>
                <circle cx="200" cy="200" r="172" fill="url(#g)"/>
                <circle cx="200" cy="200" r="160" fill="none" stroke="#c9a45c" stroke-width="2" \
                stroke-dasharray="2 6"/>
                <g fill="#f4efe4" text-anchor="middle" font-family="Georgia, 'DejaVu Serif', serif">
                <text x="200" y="110" font-size="18" letter-spacing="3">%3$s</text>
                %4$s
                <text x="200" y="318" font-size="15" letter-spacing="2">CERTIFIED</text>
                </g>
                <g fill="#c9a45c">%5$s</g>
                </svg>
                """.formatted(CredentialsController.escape(program), CredentialsController.escape(academy),
                CredentialsController.escape(academy.toUpperCase(java.util.Locale.ROOT)), lines, dots());
    }

    /** A ring of follicle-like dots: what the craft is about. */
    private static String dots() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 36; i++) {
            double a = Math.toRadians(i * 10);
            sb.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                    200 + 145 * Math.cos(a), 200 + 145 * Math.sin(a), i % 3 == 0 ? 3.2 : 2.0));
        }
        return sb.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
