package com.smpacademy.dotanalysis;

import boofcv.struct.image.GrayF32;
import com.smpacademy.dotanalysis.DotAnalysis.DotKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The overlay a trainee and an instructor look at: the measured region (rectified when the card was found), each
 * dot outlined (teal), blow-outs in red, merged dots in purple, and the density cells. PNG, at most 1200 px wide.
 */
final class Overlay {

    static final Color NORMAL = new Color(0x00, 0xb3, 0xa4);
    static final Color BLOW_OUT = new Color(0xe5, 0x39, 0x35);
    static final Color MERGED = new Color(0x8e, 0x24, 0xaa);
    static final int MAX_WIDTH = 1200;

    record Mark(double x, double y, double radius, DotKind kind) {
    }

    private Overlay() {
    }

    static byte[] render(GrayF32 img, List<Mark> marks, int cols, int rows) {
        double f = Math.min(1.0, (double) MAX_WIDTH / Math.max(img.width, img.height));
        int w = Math.max(1, (int) Math.round(img.width * f));
        int h = Math.max(1, (int) Math.round(img.height * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            int sy = Math.min(img.height - 1, (int) (y / f));
            for (int x = 0; x < w; x++) {
                int sx = Math.min(img.width - 1, (int) (x / f));
                // lightened so the outlines read against the skin
                int v = (int) Math.max(0, Math.min(255, 70 + img.data[sy * img.width + sx] * 0.72));
                out.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1e, 0x88, 0xe5, 150));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4},
                    0));
            for (int c = 1; c < cols; c++) {
                double x = (double) c * w / cols;
                g.draw(new Line2D.Double(x, 0, x, h));
            }
            for (int r = 1; r < rows; r++) {
                double y = (double) r * h / rows;
                g.draw(new Line2D.Double(0, y, w, y));
            }
            for (Mark m : marks) {
                double r = Math.max(2, m.radius() * f + 1.5);
                g.setColor(switch (m.kind()) {
                    case NORMAL -> NORMAL;
                    case BLOW_OUT -> BLOW_OUT;
                    case MERGED -> MERGED;
                });
                g.setStroke(new BasicStroke(m.kind() == DotKind.NORMAL ? 1.2f : 2.2f));
                double cx = (m.x() + 0.5) * f;
                double cy = (m.y() + 0.5) * f;
                g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
