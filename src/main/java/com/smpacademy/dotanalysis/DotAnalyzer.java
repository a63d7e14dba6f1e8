package com.smpacademy.dotanalysis;

import boofcv.alg.filter.binary.BinaryImageOps;
import boofcv.alg.filter.binary.Contour;
import boofcv.struct.ConnectRule;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.GrayS32;
import boofcv.struct.image.GrayU8;
import com.smpacademy.dotanalysis.DotAnalysis.Dot;
import com.smpacademy.dotanalysis.DotAnalysis.DotKind;
import com.smpacademy.dotanalysis.DotAnalysis.Figures;
import com.smpacademy.dotanalysis.DotAnalysis.Outcome;
import com.smpacademy.dotanalysis.DotAnalysis.Problem;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Measures the dots in a practice photo.
 * <ol>
 * <li>Finds the card's four square fiducials (BoofCV) and maps the card's window, less a small inset, onto a
 * rectified image with a known number of pixels per millimetre, which removes perspective.</li>
 * <li>Estimates the skin's brightness per block (a high percentile, so dense dots do not darken it), which
 * absorbs uneven lighting, and marks pixels darker than it by more than an Otsu threshold.</li>
 * <li>Labels the connected dark regions (BoofCV's contour labelling) and measures each dot against its own
 * surrounding skin: its equivalent diameter from the ink it holds (darkness summed over the dot, divided by the
 * full ink contrast), which blur and the threshold leave unchanged; its edge width (radius at 25 % contrast minus
 * radius at 75 %), which tells a crisp dot from a soft one.</li>
 * <li>Classes dots: merged (an elongated region holding the ink of two or more dots), blow-out (much larger than
 * the median, or an edge wider than a set fraction of its diameter beyond the photo's usual edge).</li>
 * </ol>
 * Thread-safe: holds no state.
 */
public final class DotAnalyzer {

    /** A dot at least this much larger than the median diameter is a blow-out candidate. */
    static final double BLOW_OUT_SIZE_FACTOR = 1.5;
    /**
     * A soft edge (radius at 25 % ink minus radius at 75 %) wider than this fraction of the median diameter, and
     * clearly wider than the photo's usual edge (which camera blur sets), is a halo.
     */
    static final double HALO_EDGE_FRACTION = 0.14;
    static final double HALO_EDGE_OVER_MEDIAN = 1.6;
    /** A region this much larger than the median region, and elongated, is merged dots. */
    static final double MERGED_AREA_FACTOR = 1.7;
    static final double MERGED_ELONGATION = 1.45;
    /** Photos whose median edge is this fraction of the median diameter are out of focus. */
    static final double OUT_OF_FOCUS_EDGE_FRACTION = 0.45;
    static final double MIN_MEAN_BRIGHTNESS = 45;
    static final double MIN_INK_CONTRAST = 18;
    /** Dots must be at least this much darker than the skin around them (a share of its brightness). */
    static final double MIN_INK_SHARE = 0.1;

    /** Analyses a photo; never throws for a bad photo, it says why instead. */
    public DotAnalysis analyze(BufferedImage photo) {
        GrayU8 gray = toGray(photo);
        if (gray.width < 64 || gray.height < 64) {
            return DotAnalysis.failed(Problem.UNREADABLE);
        }
        if (mean(gray) < MIN_MEAN_BRIGHTNESS) {
            return DotAnalysis.failed(Problem.TOO_DARK);
        }
        Map<Long, double[]> markers = Markers.find(gray);
        CardLayout card = null;
        int bestSeen = 0;
        for (CardLayout layout : CardLayout.values()) {
            int seen = 0;
            for (int c = 0; c < 4; c++) {
                if (markers.containsKey(layout.markerId(c))) {
                    seen++;
                }
            }
            if (seen == 4) {
                card = layout;
                break;
            }
            bestSeen = Math.max(bestSeen, seen);
        }
        if (card == null) {
            GrayF32 whole = new GrayF32(gray.width, gray.height);
            for (int i = 0; i < gray.data.length; i++) {
                whole.data[i] = gray.data[i] & 0xFF;
            }
            String note = bestSeen > 0 ? "Only " + bestSeen + " of the card's 4 markers are in the photo; keep "
                    + "all four corners of the card in view." : null;
            return measure(whole, null, 0, 0, 6, 4, 0, note);
        }
        double[][] mm = new double[4][];
        double[][] px = new double[4][];
        for (int c = 0; c < 4; c++) {
            mm[c] = card.markerCentreMm(c);
            px[c] = markers.get(card.markerId(c));
        }
        Homography toImage = Homography.fromPoints(mm, px);
        if (toImage == null) {
            return DotAnalysis.failed(Problem.NO_CARD);
        }
        double native_ = 0;
        for (int c = 0; c < 4; c++) {
            int n = (c + 1) % 4;
            native_ += Math.hypot(px[c][0] - px[n][0], px[c][1] - px[n][1])
                    / Math.hypot(mm[c][0] - mm[n][0], mm[c][1] - mm[n][1]);
        }
        native_ /= 4;
        double scale = Math.max(6, Math.min(24, native_));
        GrayF32 window = rectify(gray, toImage, card, scale);
        int cols = Math.max(1, (int) Math.round((card.windowWidthMm() - 2 * card.insetMm()) / card.cellMm()));
        int rows = Math.max(1, (int) Math.round((card.windowHeightMm() - 2 * card.insetMm()) / card.cellMm()));
        return measure(window, card, scale, card.insetMm(), cols, rows, native_, null);
    }

    private static GrayF32 rectify(GrayU8 gray, Homography toImage, CardLayout card, double scale) {
        double inset = card.insetMm();
        int w = (int) Math.round((card.windowWidthMm() - 2 * inset) * scale);
        int h = (int) Math.round((card.windowHeightMm() - 2 * inset) * scale);
        GrayF32 out = new GrayF32(w, h);
        double[] m = toImage.h();
        for (int j = 0; j < h; j++) {
            double my = inset + (j + 0.5) / scale;
            for (int i = 0; i < w; i++) {
                double mx = inset + (i + 0.5) / scale;
                double d = m[6] * mx + m[7] * my + m[8];
                double u = (m[0] * mx + m[1] * my + m[2]) / d;
                double v = (m[3] * mx + m[4] * my + m[5]) / d;
                out.data[j * w + i] = bilinear(gray, u, v);
            }
        }
        return out;
    }

    private static float bilinear(GrayU8 g, double u, double v) {
        // BoofCV puts a pixel's centre at its integer coordinate
        if (u < 0) u = 0;
        if (v < 0) v = 0;
        if (u > g.width - 1.001) u = g.width - 1.001;
        if (v > g.height - 1.001) v = g.height - 1.001;
        int x = (int) u;
        int y = (int) v;
        double fx = u - x;
        double fy = v - y;
        int i = g.startIndex + y * g.stride + x;
        double a = g.data[i] & 0xFF;
        double b = g.data[i + 1] & 0xFF;
        double c = g.data[i + g.stride] & 0xFF;
        double e = g.data[i + g.stride + 1] & 0xFF;
        return (float) ((a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + e * fx) * fy);
    }

    /** Blob statistics from one pass over the labels. */
    private static final class Blob {
        int area;
        double sx, sy, sxx, syy, sxy;
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        boolean border;
        int label;
        double cx, cy, diameter, edge, core;
        DotKind kind = DotKind.NORMAL;
        int weight = 1;
    }

    private DotAnalysis measure(GrayF32 img, @Nullable CardLayout card, double scale, double offsetMm, int cols,
                                int rows, double nativeScale, @Nullable String note) {
        int w = img.width;
        int h = img.height;
        if (mean(img) < MIN_MEAN_BRIGHTNESS) {
            return DotAnalysis.failed(Problem.TOO_DARK);
        }
        int block = card != null ? Math.max(12, (int) Math.round(3 * scale)) : Math.max(16, Math.min(w, h) / 24);
        float[] bg = background(img, block);
        // the darkness of each pixel against the skin around it
        float[] diff = new float[w * h];
        int[] hist = new int[256];
        for (int i = 0; i < diff.length; i++) {
            float d = bg[i] - img.data[i];
            diff[i] = d;
            hist[Math.max(0, Math.min(255, Math.round(d)))]++;
        }
        int otsu = otsu(hist);
        double threshold = Math.max(otsu, 12);
        GrayU8 binary = new GrayU8(w, h);
        for (int i = 0; i < diff.length; i++) {
            binary.data[i] = (byte) (diff[i] > threshold ? 1 : 0);
        }
        GrayS32 labels = new GrayS32(w, h);
        List<Contour> contours = BinaryImageOps.contour(binary, ConnectRule.EIGHT, labels);
        Blob[] blobs = new Blob[contours.size() + 1];
        for (int i = 1; i < blobs.length; i++) {
            blobs[i] = new Blob();
            blobs[i].label = i;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int label = labels.data[y * w + x];
                if (label <= 0) {
                    continue;
                }
                Blob b = blobs[label];
                b.area++;
                b.sx += x;
                b.sy += y;
                b.sxx += (double) x * x;
                b.syy += (double) y * y;
                b.sxy += (double) x * y;
                b.minX = Math.min(b.minX, x);
                b.maxX = Math.max(b.maxX, x);
                b.minY = Math.min(b.minY, y);
                b.maxY = Math.max(b.maxY, y);
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                    b.border = true;
                }
            }
        }
        int minArea = card != null ? Math.max(4, (int) Math.round(Math.PI * Math.pow(0.06 * scale, 2))) : 5;
        List<Blob> kept = new ArrayList<>();
        for (int i = 1; i < blobs.length; i++) {
            Blob b = blobs[i];
            if (b.area >= minArea && !b.border) {
                b.cx = b.sx / b.area;
                b.cy = b.sy / b.area;
                kept.add(b);
            }
        }
        if (kept.isEmpty()) {
            return DotAnalysis.failed(otsu < MIN_INK_CONTRAST / 2 ? Problem.LOW_CONTRAST : Problem.NO_DOTS);
        }
        double medianArea = median(kept.stream().mapToDouble(b -> b.area).toArray());
        if (card == null) {
            // without a scale, drop what cannot be a dot: specks and large dark shapes (hair, shadows, edges)
            kept.removeIf(b -> b.area > 40 * medianArea || b.area < medianArea / 8);
        }
        // per-dot core contrast (its darkest tenth) gives the photo's full ink contrast
        double[] cores = new double[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            Blob b = kept.get(k);
            // relative to the skin around it, so light falling off across the photo changes nothing
            b.core = core(b, labels, diff, w) / Math.max(1, bg[(int) b.cy * w + (int) b.cx]);
            cores[k] = b.core;
        }
        // the fullest cores (blur lowers the cores of the smallest dots) give the ink's true contrast
        double ink = percentile(cores, 0.9);
        if (ink < MIN_INK_SHARE) {
            return DotAnalysis.failed(Problem.LOW_CONTRAST);
        }
        for (Blob b : kept) {
            measureDot(b, img, labels, bg, ink);
        }
        double[] diameters = kept.stream().mapToDouble(b -> b.diameter).toArray();
        double medianDiameter = median(diameters);
        double medianEdge = median(kept.stream().mapToDouble(b -> b.edge).toArray());
        if (medianDiameter <= 0 || medianEdge > OUT_OF_FOCUS_EDGE_FRACTION * medianDiameter
                && medianEdge > 2.0) {
            return DotAnalysis.failed(Problem.OUT_OF_FOCUS);
        }
        int blowOuts = 0;
        int merged = 0;
        int count = 0;
        for (Blob b : kept) {
            // the shape of the thresholded region, about its own centre
            double mx = b.sx / b.area;
            double my = b.sy / b.area;
            double varX = b.sxx / b.area - mx * mx;
            double varY = b.syy / b.area - my * my;
            double cov = b.sxy / b.area - mx * my;
            double tr = varX + varY;
            double disc = Math.sqrt(Math.max(0, (varX - varY) * (varX - varY) / 4 + cov * cov));
            double l1 = tr / 2 + disc;
            double l2 = Math.max(1e-6, tr / 2 - disc);
            double elongation = Math.sqrt(l1 / l2);
            if (b.area > MERGED_AREA_FACTOR * medianArea && elongation > MERGED_ELONGATION) {
                b.kind = DotKind.MERGED;
                b.weight = Math.max(2, (int) Math.round(b.diameter * b.diameter / (medianDiameter * medianDiameter)));
                merged++;
            } else if (b.diameter > BLOW_OUT_SIZE_FACTOR * medianDiameter
                    || b.edge > Math.max(HALO_EDGE_FRACTION * medianDiameter, HALO_EDGE_OVER_MEDIAN * medianEdge)) {
                b.kind = DotKind.BLOW_OUT;
                blowOuts++;
            }
            count += b.weight;
        }
        List<Blob> single = kept.stream().filter(b -> b.kind != DotKind.MERGED).toList();
        double[] sizes = single.stream().mapToDouble(b -> b.diameter).toArray();
        double meanSize = mean(sizes);
        double sizeCv = cv(sizes);
        double[] spacing = nearestNeighbours(kept);
        double meanSpacing = mean(spacing);
        double spacingCv = cv(spacing);
        int[] cells = new int[cols * rows];
        for (Blob b : kept) {
            int cx = Math.min(cols - 1, Math.max(0, (int) (b.cx / w * cols)));
            int cy = Math.min(rows - 1, Math.max(0, (int) (b.cy / h * rows)));
            cells[cy * cols + cx] += b.weight;
        }
        double uniformity = cv(Arrays.stream(cells).asDoubleStream().toArray());
        List<Dot> dots = new ArrayList<>();
        double unit = card == null ? 1 : 1 / scale;
        double shift = card == null ? 0 : offsetMm;
        for (Blob b : kept) {
            dots.add(new Dot(shift + (b.cx + 0.5) * unit, shift + (b.cy + 0.5) * unit, b.diameter * unit,
                    b.edge * unit, b.kind));
        }
        Figures figures;
        byte[] overlay = Overlay.render(img, kept.stream().map(b -> new Overlay.Mark(b.cx, b.cy, b.diameter / 2,
                b.kind)).toList(), cols, rows);
        if (card != null) {
            double areaCm2 = (w / scale) * (h / scale) / 100.0;
            figures = new Figures(count, count / areaCm2, meanSize / scale, sizeCv, meanSpacing / scale,
                    spacingCv, uniformity, blowOuts, merged, cols * rows, 1 / nativeScale, areaCm2);
            return new DotAnalysis(Outcome.MEASURED, null, note, card, figures, List.copyOf(dots), overlay);
        }
        figures = new Figures(count, null, null, sizeCv, null, spacingCv, uniformity, blowOuts, merged,
                cols * rows, null, null);
        return new DotAnalysis(Outcome.RELATIVE, Problem.NO_CARD, note, null, figures, List.copyOf(dots), overlay);
    }

    /** The mean darkness of the darkest tenth of a blob's pixels. */
    private static double core(Blob b, GrayS32 labels, float[] diff, int w) {
        int label = b.label;
        float[] values = new float[b.area];
        int n = 0;
        for (int y = b.minY; y <= b.maxY; y++) {
            for (int x = b.minX; x <= b.maxX; x++) {
                int i = y * w + x;
                if (labels.data[i] == label && n < values.length) {
                    values[n++] = diff[i];
                }
            }
        }
        Arrays.sort(values, 0, n);
        int from = Math.max(0, n - Math.max(1, n / 10));
        double sum = 0;
        for (int i = from; i < n; i++) {
            sum += values[i];
        }
        return sum / Math.max(1, n - from);
    }

    /**
     * Measures one dot against the skin just around it: equivalent diameter from the ink it holds, and edge width
     * from its radii at 25 % and 75 % of the full ink contrast. Pixels of other dots are left out.
     */
    private static void measureDot(Blob b, GrayF32 img, GrayS32 labels, float[] bg, double ink) {
        int w = img.width;
        int h = img.height;
        int label = b.label;
        double r0 = Math.sqrt(b.area / Math.PI);
        double extent = Math.max(b.maxX - b.minX, b.maxY - b.minY) / 2.0 + 1;
        double radius = Math.max(extent, r0) * 1.6 + 2;
        double ring = radius + 2.5;
        int x0 = Math.max(0, (int) Math.floor(b.cx - ring));
        int x1 = Math.min(w - 1, (int) Math.ceil(b.cx + ring));
        int y0 = Math.max(0, (int) Math.floor(b.cy - ring));
        int y1 = Math.min(h - 1, (int) Math.ceil(b.cy + ring));
        float[] ringValues = new float[(x1 - x0 + 1) * (y1 - y0 + 1)];
        int rn = 0;
        double r2 = radius * radius;
        double ring2 = ring * ring;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dd = (x - b.cx) * (x - b.cx) + (y - b.cy) * (y - b.cy);
                int l = labels.data[y * w + x];
                if (dd > r2 && dd <= ring2 && l == 0) {
                    ringValues[rn++] = img.data[y * w + x];
                }
            }
        }
        double skin;
        if (rn >= 8) {
            Arrays.sort(ringValues, 0, rn);
            skin = ringValues[rn / 2];
        } else {
            skin = bg[(int) b.cy * w + (int) b.cx];
        }
        skin = Math.max(1, skin);
        double mass = 0;
        int over25 = 0;
        int over75 = 0;
        double mx = 0;
        double my = 0;
        double positive = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dd = (x - b.cx) * (x - b.cx) + (y - b.cy) * (y - b.cy);
                int l = labels.data[y * w + x];
                if (dd > r2 || (l != 0 && l != label)) {
                    continue;
                }
                double d = Math.min(ink, (skin - img.data[y * w + x]) / skin);
                mass += d;
                if (d > 0) {
                    mx += d * x;
                    my += d * y;
                    positive += d;
                }
                if (d > 0.25 * ink) {
                    over25++;
                }
                if (d > 0.75 * ink) {
                    over75++;
                }
            }
        }
        double area = Math.max(mass / ink, 1);
        b.diameter = 2 * Math.sqrt(area / Math.PI);
        b.edge = Math.sqrt(over25 / Math.PI) - Math.sqrt(over75 / Math.PI);
        if (positive > 0) {
            // the ink-weighted centre: steadier than the thresholded region's
            b.cx = mx / positive;
            b.cy = my / positive;
        }
    }

    /** Skin brightness per block (its 90th percentile, so dots never darken it), smoothed and interpolated. */
    private static float[] background(GrayF32 img, int block) {
        int w = img.width;
        int h = img.height;
        int bw = (w + block - 1) / block;
        int bh = (h + block - 1) / block;
        float[] grid = new float[bw * bh];
        int[] hist = new int[256];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                Arrays.fill(hist, 0);
                int n = 0;
                for (int y = by * block; y < Math.min(h, (by + 1) * block); y++) {
                    for (int x = bx * block; x < Math.min(w, (bx + 1) * block); x++) {
                        hist[Math.max(0, Math.min(255, (int) img.data[y * w + x]))]++;
                        n++;
                    }
                }
                int target = (int) (n * 0.9);
                int acc = 0;
                int v = 255;
                for (int i = 0; i < 256; i++) {
                    acc += hist[i];
                    if (acc >= target) {
                        v = i;
                        break;
                    }
                }
                grid[by * bw + bx] = v + 0.5f;
            }
        }
        float[] smooth = new float[grid.length];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                float sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = bx + dx;
                        int y = by + dy;
                        if (x >= 0 && y >= 0 && x < bw && y < bh) {
                            sum += grid[y * bw + x];
                            n++;
                        }
                    }
                }
                smooth[by * bw + bx] = sum / n;
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            double gy = Math.max(0, Math.min(bh - 1.0, (y + 0.5) / block - 0.5));
            int y0 = (int) gy;
            int y1 = Math.min(bh - 1, y0 + 1);
            double fy = gy - y0;
            for (int x = 0; x < w; x++) {
                double gx = Math.max(0, Math.min(bw - 1.0, (x + 0.5) / block - 0.5));
                int x0 = (int) gx;
                int x1 = Math.min(bw - 1, x0 + 1);
                double fx = gx - x0;
                out[y * w + x] = (float) ((smooth[y0 * bw + x0] * (1 - fx) + smooth[y0 * bw + x1] * fx) * (1 - fy)
                        + (smooth[y1 * bw + x0] * (1 - fx) + smooth[y1 * bw + x1] * fx) * fy);
            }
        }
        return out;
    }

    /** Otsu's threshold over the darkness histogram, ignoring the pixels lighter than their skin. */
    private static int otsu(int[] hist) {
        long total = 0;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 0;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** Each dot's distance to its nearest neighbour, with a grid of buckets so dense fills stay fast. */
    private static double[] nearestNeighbours(List<Blob> dots) {
        int n = dots.size();
        if (n < 2) {
            return new double[0];
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Blob b : dots) {
            minX = Math.min(minX, b.cx);
            minY = Math.min(minY, b.cy);
            maxX = Math.max(maxX, b.cx);
            maxY = Math.max(maxY, b.cy);
        }
        double cell = Math.max(1, Math.sqrt((maxX - minX + 1) * (maxY - minY + 1) / n) * 2);
        int gw = (int) ((maxX - minX) / cell) + 1;
        int gh = (int) ((maxY - minY) / cell) + 1;
        List<List<Integer>> grid = new ArrayList<>(gw * gh);
        for (int i = 0; i < gw * gh; i++) {
            grid.add(new ArrayList<>(4));
        }
        for (int i = 0; i < n; i++) {
            Blob b = dots.get(i);
            grid.get((int) ((b.cy - minY) / cell) * gw + (int) ((b.cx - minX) / cell)).add(i);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Blob b = dots.get(i);
            int gx = (int) ((b.cx - minX) / cell);
            int gy = (int) ((b.cy - minY) / cell);
            double best = Double.MAX_VALUE;
            for (int ring = 1; ring < Math.max(gw, gh) + 1; ring++) {
                for (int y = gy - ring; y <= gy + ring; y++) {
                    for (int x = gx - ring; x <= gx + ring; x++) {
                        if (x < 0 || y < 0 || x >= gw || y >= gh) {
                            continue;
                        }
                        for (int j : grid.get(y * gw + x)) {
                            if (j != i) {
                                Blob o = dots.get(j);
                                best = Math.min(best, Math.hypot(o.cx - b.cx, o.cy - b.cy));
                            }
                        }
                    }
                }
                // a neighbour found within this ring cannot be beaten by one beyond the next ring
                if (best <= (ring) * cell) {
                    break;
                }
            }
            out[i] = best;
        }
        return out;
    }

    static GrayU8 toGray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        GrayU8 gray = new GrayU8(w, h);
        java.awt.image.Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean rgbOrder = image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB
                || image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_4BYTE_ABGR
                || image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        if (!rgbOrder || (bands != 1 && bands < 3)) {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    gray.data[y * w + x] = (byte) ((((p >> 16) & 0xFF) * 77 + ((p >> 8) & 0xFF) * 150
                            + (p & 0xFF) * 29) >> 8);
                }
            }
            return gray;
        }
        // the raster's bands are red, green, blue (and alpha) in that order for these types
        int[] samples = new int[w * bands];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, samples);
            for (int x = 0; x < w; x++) {
                int v = bands == 1 ? samples[x] : (samples[x * bands] * 77 + samples[x * bands + 1] * 150
                        + samples[x * bands + 2] * 29) >> 8;
                gray.data[y * w + x] = (byte) v;
            }
        }
        return gray;
    }

    private static double mean(GrayU8 g) {
        long sum = 0;
        for (byte b : g.data) {
            sum += b & 0xFF;
        }
        return (double) sum / g.data.length;
    }

    private static double mean(GrayF32 g) {
        double sum = 0;
        for (float v : g.data) {
            sum += v;
        }
        return sum / g.data.length;
    }

    static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
    }

    static double cv(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return m == 0 ? 0 : Math.sqrt(ss / (values.length - 1)) / m;
    }

    static double percentile(double[] values, double share) {
        if (values.length == 0) {
            return 0;
        }
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[Math.min(copy.length - 1, (int) Math.floor(share * (copy.length - 1)))];
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] copy = values.clone();
        Arrays.sort(copy);
        int n = copy.length;
        return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
    }
}
