package com.smpacademy.dotanalysis;

import boofcv.abst.fiducial.FiducialDetector;
import boofcv.alg.drawing.FiducialImageEngine;
import boofcv.alg.fiducial.square.FiducialSquareGenerator;
import boofcv.factory.fiducial.ConfigFiducialBinary;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.factory.filter.binary.ConfigThreshold;
import boofcv.factory.filter.binary.ThresholdType;
import boofcv.struct.image.GrayU8;
import georegression.struct.shapes.Polygon2D_F64;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/** The cards' square binary fiducials: drawn by BoofCV's generator for the PDF, found by BoofCV's detector. */
final class Markers {

    private Markers() {
    }

    /** The marker with {@code id} as a black-on-white image {@code pixels} wide, without white margin. */
    static GrayU8 render(long id, int pixels) {
        FiducialImageEngine engine = new FiducialImageEngine();
        engine.configure(0, pixels);
        FiducialSquareGenerator generator = new FiducialSquareGenerator(engine);
        generator.setMarkerWidth(pixels);
        generator.generate(id, 4);
        return engine.getGray();
    }

    static BufferedImage renderImage(long id, int pixels) {
        GrayU8 gray = render(id, pixels);
        BufferedImage image = new BufferedImage(gray.width, gray.height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < gray.height; y++) {
            for (int x = 0; x < gray.width; x++) {
                int v = gray.get(x, y);
                image.getRaster().setSample(x, y, 0, v);
            }
        }
        return image;
    }

    /**
     * The markers found in {@code gray}, by id, each as its centre in pixels: the crossing of the diagonals of its
     * outline, which (unlike the outline's mean) is where the centre really projects under perspective.
     */
    static Map<Long, double[]> find(GrayU8 full) {
        // markers are large in any usable photo: halving a big photo keeps them well above the detector's minimum
        // and quarters the work
        int factor = Math.max(full.width, full.height) > 1400 ? 2 : 1;
        GrayU8 gray = factor == 1 ? full : half(full);
        FiducialDetector<GrayU8> detector = FactoryFiducial.squareBinary(new ConfigFiducialBinary(1.0),
                ConfigThreshold.local(ThresholdType.LOCAL_MEAN, 21), GrayU8.class);
        detector.detect(gray);
        Map<Long, double[]> found = new HashMap<>();
        Polygon2D_F64 bounds = new Polygon2D_F64(4);
        for (int i = 0; i < detector.totalFound(); i++) {
            detector.getBounds(i, bounds);
            if (bounds.size() != 4) {
                continue;
            }
            double[] centre = diagonalCrossing(bounds.get(0).x, bounds.get(0).y, bounds.get(1).x, bounds.get(1).y,
                    bounds.get(2).x, bounds.get(2).y, bounds.get(3).x, bounds.get(3).y);
            if (centre != null) {
                // a half-size pixel i covers full-size pixels 2i and 2i+1, whose centre is at 2i + 0.5
                found.put(detector.getId(i), factor == 1 ? centre
                        : new double[] {centre[0] * 2 + 0.5, centre[1] * 2 + 0.5});
            }
        }
        return found;
    }

    private static GrayU8 half(GrayU8 full) {
        int w = full.width / 2;
        int h = full.height / 2;
        GrayU8 out = new GrayU8(w, h);
        for (int y = 0; y < h; y++) {
            int a = full.startIndex + 2 * y * full.stride;
            int b = a + full.stride;
            for (int x = 0; x < w; x++) {
                int sum = (full.data[a + 2 * x] & 0xFF) + (full.data[a + 2 * x + 1] & 0xFF)
                        + (full.data[b + 2 * x] & 0xFF) + (full.data[b + 2 * x + 1] & 0xFF);
                out.data[y * w + x] = (byte) ((sum + 2) >> 2);
            }
        }
        return out;
    }

    private static double @org.jspecify.annotations.Nullable [] diagonalCrossing(double x0, double y0, double x1,
            double y1, double x2, double y2, double x3, double y3) {
        // lines (p0,p2) and (p1,p3)
        double dx1 = x2 - x0;
        double dy1 = y2 - y0;
        double dx2 = x3 - x1;
        double dy2 = y3 - y1;
        double det = dx1 * dy2 - dy1 * dx2;
        if (Math.abs(det) < 1e-9) {
            return null;
        }
        double t = ((x1 - x0) * dy2 - (y1 - y0) * dx2) / det;
        return new double[] {x0 + t * dx1, y0 + t * dy1};
    }
}
