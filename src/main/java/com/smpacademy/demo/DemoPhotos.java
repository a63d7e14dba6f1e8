package com.smpacademy.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Practice photos drawn in code (PNG): a skin-toned practice surface with SMP dots behind a hairline, denser
 * towards the back, with the flaws a reviewer looks for when {@code quality} is low (uneven size, clumping,
 * a sharp line).
 */
final class DemoPhotos {

    private DemoPhotos() {
    }

    static byte[] practicePhoto(long seed, double quality, boolean mannequin) {
        int w = 640;
        int h = 480;
        Random random = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color skin = mannequin ? new Color(0xE8C9A8) : new Color(0xD9A98A - (int) (random.nextInt(3) * 0x0A0A0A));
        g.setPaint(new java.awt.GradientPaint(0, 0, skin.brighter(), 0, h, skin));
        g.fillRect(0, 0, w, h);
        // the hairline: a soft curve across the upper third, irregular when the work is good
        double jitter = 6 + 18 * quality;
        for (int i = 0; i < 5200; i++) {
            double x = random.nextDouble() * w;
            double line = 110 + 40 * Math.sin(x / w * Math.PI) + (random.nextGaussian() * jitter);
            double y = line + Math.abs(random.nextGaussian()) * (h - line);
            if (y > h) {
                continue;
            }
            double depth = (y - line) / (h - line); // 0 at the line, 1 at the back
            if (random.nextDouble() > 0.25 + 0.75 * depth) {
                continue; // feathered: sparse at the front
            }
            double size = 2.0 + random.nextGaussian() * (0.25 + (1 - quality) * 0.9);
            if (quality < 0.5 && random.nextDouble() < 0.04) {
                size *= 2.2; // blow-outs
            }
            int shade = (int) (40 + random.nextInt(25) + (1 - quality) * 30);
            Color dot = quality < 0.4 && random.nextDouble() < 0.2 ? new Color(shade, shade + 10, shade + 45)
                    : new Color(shade, shade - 5 < 0 ? 0 : shade - 5, shade);
            g.setColor(dot);
            double s = Math.max(1.0, size);
            g.fill(new java.awt.geom.Ellipse2D.Double(x, y, s, s));
        }
        g.setColor(new Color(0, 0, 0, 90));
        g.drawString(mannequin ? "mannequin" : "practice skin", 12, h - 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
