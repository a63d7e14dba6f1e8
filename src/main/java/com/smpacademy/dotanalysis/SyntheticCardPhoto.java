package com.smpacademy.dotanalysis;

import boofcv.alg.filter.blur.GBlurImageOps;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.GrayU8;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders a photo of a practice card with dots whose positions and sizes are known exactly, as a camera would see
 * it: tilted in perspective, blurred, noisy, unevenly lit, JPEG-compressed, optionally "photographed-looking"
 * (skin texture, slightly irregular dots, vignetting). The accuracy tests measure the analysis against these; the
 * demo data shows one on first start.
 */
public final class SyntheticCardPhoto {

    /** A dot in window millimetres; a halo dot has a soft ring of pigment spreading around it (a blow-out). */
    public record TrueDot(double xMm, double yMm, double diameterMm, boolean halo) {
    }

    private CardLayout layout = CardLayout.PRACTICE_CARD;
    private List<TrueDot> dots = List.of();
    private int width = 2048;
    private int height = 1536;
    private double fill = 0.86;
    private double tiltDeg;
    private double turnDeg;
    private double blurPx = 0.8;
    private double noise = 2;
    private double lighting;
    private int jpegQuality = -1;
    private boolean photographic;
    private boolean withCard = true;
    private double exposure = 1;
    private long seed = 1;

    public static SyntheticCardPhoto of(CardLayout layout, List<TrueDot> dots) {
        SyntheticCardPhoto p = new SyntheticCardPhoto();
        p.layout = layout;
        p.dots = List.copyOf(dots);
        return p;
    }

    public SyntheticCardPhoto size(int width, int height) { this.width = width; this.height = height; return this; }
    /** Share of the photo's width the card's frame takes. */
    public SyntheticCardPhoto fill(double share) { this.fill = share; return this; }
    /** Tilt of the card away from the camera (degrees) and its turn in the image plane. */
    public SyntheticCardPhoto tilt(double degrees) { this.tiltDeg = degrees; return this; }
    public SyntheticCardPhoto turn(double degrees) { this.turnDeg = degrees; return this; }
    public SyntheticCardPhoto blur(double sigmaPx) { this.blurPx = sigmaPx; return this; }
    public SyntheticCardPhoto noise(double sigma) { this.noise = sigma; return this; }
    /** Light falling off across the photo: 0.4 leaves the far side at 60 %. */
    public SyntheticCardPhoto lighting(double falloff) { this.lighting = falloff; return this; }
    public SyntheticCardPhoto jpeg(int quality) { this.jpegQuality = quality; return this; }
    public SyntheticCardPhoto photographic() { this.photographic = true; return this; }
    public SyntheticCardPhoto withoutCard() { this.withCard = false; return this; }
    public SyntheticCardPhoto exposure(double factor) { this.exposure = factor; return this; }
    public SyntheticCardPhoto seed(long seed) { this.seed = seed; return this; }

    /**
     * Dots on a jittered grid inside the measured part of the window (at least {@code spacingMm} from its edge),
     * each diameter varied by up to ±{@code sizeJitter} (0.1 = 10 %).
     */
    public static List<TrueDot> grid(CardLayout layout, double spacingMm, double diameterMm, double sizeJitter,
                                     long seed) {
        Random random = new Random(seed);
        List<TrueDot> out = new ArrayList<>();
        double margin = layout.insetMm() + Math.max(spacingMm * 0.75, diameterMm * 1.5);
        for (double y = margin; y <= layout.windowHeightMm() - margin; y += spacingMm) {
            for (double x = margin; x <= layout.windowWidthMm() - margin; x += spacingMm) {
                double jx = (random.nextDouble() - 0.5) * spacingMm * 0.3;
                double jy = (random.nextDouble() - 0.5) * spacingMm * 0.3;
                double d = diameterMm * (1 + (random.nextDouble() * 2 - 1) * sizeJitter);
                out.add(new TrueDot(x + jx, y + jy, d, false));
            }
        }
        return out;
    }

    /** The photo as an RGB image. */
    public BufferedImage render() {
        Random random = new Random(seed);
        double fw = layout.frameWidthMm();
        double fh = layout.frameHeightMm();
        double left = -(layout.gapMm() * 2 + layout.markerMm());
        double top = left;
        // a pinhole camera looking at the card, tilted about the card's horizontal axis and turned in the image
        double distance = fw * 2.5;
        double focal = fill * width * distance / fw;
        double tilt = Math.toRadians(tiltDeg);
        double turn = Math.toRadians(turnDeg);
        double[][] cornersMm = {{left, top}, {left + fw, top}, {left + fw, top + fh}, {left, top + fh}};
        double[][] cornersPx = new double[4][];
        for (int i = 0; i < 4; i++) {
            double x = cornersMm[i][0] - (left + fw / 2);
            double y = cornersMm[i][1] - (top + fh / 2);
            double xr = x * Math.cos(turn) - y * Math.sin(turn);
            double yr = x * Math.sin(turn) + y * Math.cos(turn);
            double y3 = yr * Math.cos(tilt);
            double z3 = yr * Math.sin(tilt);
            cornersPx[i] = new double[] {width / 2.0 + focal * xr / (distance + z3),
                height / 2.0 + focal * y3 / (distance + z3)};
        }
        Homography toCard = Homography.fromPoints(cornersPx, cornersMm);
        if (toCard == null) {
            throw new IllegalStateException("degenerate camera");
        }
        GrayU8[] markers = new GrayU8[4];
        for (int c = 0; c < 4; c++) {
            markers[c] = Markers.render(layout.markerId(c), 256);
        }
        double cell = Math.max(0.5, dots.stream().mapToDouble(TrueDot::diameterMm).max().orElse(1) * 2);
        Buckets buckets = new Buckets(dots, cell, layout.windowWidthMm(), layout.windowHeightMm());
        // irregular dots: each gets a fixed small wobble of its outline
        Map<TrueDot, double[]> wobble = new HashMap<>();
        if (photographic) {
            for (TrueDot d : dots) {
                wobble.put(d, new double[] {random.nextDouble() * 0.12, random.nextDouble() * Math.PI * 2,
                    random.nextDouble() * 0.06, random.nextDouble() * Math.PI * 2});
            }
        }
        double[] skin = {214, 178, 152};
        double[] ink = {38, 42, 58};
        double[] paper = {242, 241, 236};
        double[] table = {96, 92, 88};
        GrayF32[] planes = {new GrayF32(width, height), new GrayF32(width, height), new GrayF32(width, height)};
        double[] h = toCard.h();
        double[] sub = {0.25, 0.75};
        for (int py = 0; py < height; py++) {
            for (int px = 0; px < width; px++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (double oy : sub) {
                    for (double ox : sub) {
                        double u = px + ox - 0.5;
                        double v = py + oy - 0.5;
                        double wq = h[6] * u + h[7] * v + h[8];
                        double x = (h[0] * u + h[1] * v + h[2]) / wq;
                        double y = (h[3] * u + h[4] * v + h[5]) / wq;
                        double[] c = sample(x, y, left, top, fw, fh, markers, buckets, cell, wobble, skin, ink,
                                paper, table);
                        r += c[0];
                        g += c[1];
                        b += c[2];
                    }
                }
                int i = py * width + px;
                planes[0].data[i] = (float) (r / 4);
                planes[1].data[i] = (float) (g / 4);
                planes[2].data[i] = (float) (b / 4);
            }
        }
        if (blurPx > 0) {
            for (int c = 0; c < 3; c++) {
                GrayF32 blurred = GBlurImageOps.gaussian(planes[c], null, blurPx, -1, null);
                planes[c] = blurred;
            }
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double light = exposure * (1 - lighting * x / width);
                if (photographic) {
                    double dx = (x - width / 2.0) / width;
                    double dy = (y - height / 2.0) / height;
                    light *= 1 - 0.35 * (dx * dx + dy * dy);
                }
                int i = y * width + x;
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double v = planes[c].data[i] * light + random.nextGaussian() * noise;
                    rgb = rgb << 8 | (int) Math.max(0, Math.min(255, Math.round(v)));
                }
                out.setRGB(x, y, rgb);
            }
        }
        return jpegQuality > 0 ? jpeg(out, jpegQuality) : out;
    }

    private double[] sample(double x, double y, double left, double top, double fw, double fh, GrayU8[] markers,
                            Buckets buckets, double cell, Map<TrueDot, double[]> wobble,
                            double[] skin, double[] ink, double[] paper, double[] table) {
        if (!withCard || (x >= 0 && y >= 0 && x < layout.windowWidthMm() && y < layout.windowHeightMm())) {
            if (!withCard && (x < left || y < top || x > left + fw || y > top + fh)) {
                return texture(table, x, y, 0.03);
            }
            double darkness = 0;
            int cx = (int) Math.floor(x / cell);
            int cy = (int) Math.floor(y / cell);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    List<TrueDot> near = buckets.at(cx + dx, cy + dy);
                    if (near == null) {
                        continue;
                    }
                    for (TrueDot d : near) {
                        double ddx = x - d.xMm();
                        double ddy = y - d.yMm();
                        double dist = Math.sqrt(ddx * ddx + ddy * ddy);
                        double radius = d.diameterMm() / 2;
                        double[] wob = wobble.get(d);
                        if (wob != null) {
                            double angle = Math.atan2(ddy, ddx);
                            radius *= 1 + wob[0] * Math.cos(2 * angle + wob[1]) + wob[2] * Math.cos(3 * angle + wob[3]);
                        }
                        if (dist <= radius) {
                            darkness = 1;
                        } else if (d.halo() && dist < radius * 2.0) {
                            double t = (dist - radius) / radius;
                            darkness = Math.max(darkness, 0.55 * (1 - t) * (1 - t));
                        }
                    }
                }
            }
            double[] base = photographic ? texture(skin, x, y, 0.05) : skin;
            return new double[] {base[0] + (ink[0] - base[0]) * darkness, base[1] + (ink[1] - base[1]) * darkness,
                base[2] + (ink[2] - base[2]) * darkness};
        }
        if (x < left || y < top || x > left + fw || y > top + fh) {
            return texture(table, x, y, 0.05);
        }
        for (int c = 0; c < 4; c++) {
            double[] centre = layout.markerCentreMm(c);
            double half = layout.markerMm() / 2;
            if (Math.abs(x - centre[0]) < half && Math.abs(y - centre[1]) < half) {
                GrayU8 m = markers[c];
                int mx = (int) ((x - centre[0] + half) / layout.markerMm() * m.width);
                int my = (int) ((y - centre[1] + half) / layout.markerMm() * m.height);
                int value = m.get(Math.min(m.width - 1, mx), Math.min(m.height - 1, my));
                return value < 128 ? new double[] {22, 22, 24} : paper;
            }
        }
        return paper;
    }

    private static double[] texture(double[] colour, double x, double y, double amount) {
        double t = 1 + amount * (Math.sin(x * 3.1 + Math.sin(y * 1.7) * 2) * 0.6 + Math.sin(y * 5.3 + x * 0.7) * 0.4);
        return new double[] {colour[0] * t, colour[1] * t, colour[2] * t};
    }

    /** Dots by grid cell over the window, so each sample looks at a handful of dots. */
    private static final class Buckets {
        private final List<TrueDot>[] cells;
        private final int cols;
        private final int rows;

        @SuppressWarnings("unchecked")
        Buckets(List<TrueDot> dots, double cell, double width, double height) {
            cols = (int) Math.ceil(width / cell) + 1;
            rows = (int) Math.ceil(height / cell) + 1;
            cells = new List[cols * rows];
            for (TrueDot d : dots) {
                int x = (int) Math.floor(d.xMm() / cell);
                int y = (int) Math.floor(d.yMm() / cell);
                if (x >= 0 && y >= 0 && x < cols && y < rows) {
                    if (cells[y * cols + x] == null) {
                        cells[y * cols + x] = new ArrayList<>(4);
                    }
                    cells[y * cols + x].add(d);
                }
            }
        }

        @org.jspecify.annotations.Nullable List<TrueDot> at(int x, int y) {
            return x < 0 || y < 0 || x >= cols || y >= rows ? null : cells[y * cols + x];
        }
    }

    private static BufferedImage jpeg(BufferedImage image, int quality) {
        try {
            return ImageIO.read(new ByteArrayInputStream(encodeJpeg(image, quality)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The photo as JPEG bytes, as a phone would upload it. */
    public byte[] renderJpeg(int quality) {
        return encodeJpeg(render(), quality);
    }

    private static byte[] encodeJpeg(BufferedImage image, int quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(ios);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
