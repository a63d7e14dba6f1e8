package com.smpacademy.dotanalysis;

import java.util.List;

/**
 * The printed practice cards: a frame around a window where the practice skin shows, with four square binary
 * fiducials at known positions (millimetres from the window's top-left corner, y down). The markers' ids say which
 * card it is, so one analysis reads both the full card and the small sticker.
 */
public enum CardLayout {
    /** The A4 / Letter card: a 100 × 70 mm window, 14 mm markers. */
    PRACTICE_CARD("Practice card", 100, 70, 14, 4, 2.0, new long[] {101, 102, 103, 104}, 10),
    /** The sticker for mannequin heads: a 30 × 20 mm window, 7 mm markers. */
    STICKER("Mannequin sticker", 30, 20, 7, 1.5, 1.0, new long[] {201, 202, 203, 204}, 5);

    private final String label;
    private final double windowWidthMm;
    private final double windowHeightMm;
    private final double markerMm;
    private final double gapMm;
    private final double insetMm;
    private final long[] markerIds;
    private final double cellMm;

    CardLayout(String label, double windowWidthMm, double windowHeightMm, double markerMm, double gapMm,
               double insetMm, long[] markerIds, double cellMm) {
        this.label = label;
        this.windowWidthMm = windowWidthMm;
        this.windowHeightMm = windowHeightMm;
        this.markerMm = markerMm;
        this.gapMm = gapMm;
        this.insetMm = insetMm;
        this.markerIds = markerIds;
        this.cellMm = cellMm;
    }

    public String label() { return label; }
    public double windowWidthMm() { return windowWidthMm; }
    public double windowHeightMm() { return windowHeightMm; }
    public double markerMm() { return markerMm; }
    /** White paper between the window edge and each marker. */
    public double gapMm() { return gapMm; }
    /** How far inside the window edge measuring starts, so the cut edge is never taken for dots. */
    public double insetMm() { return insetMm; }
    /** Side of one density-uniformity cell. */
    public double cellMm() { return cellMm; }

    /** Marker ids in the order top-left, top-right, bottom-right, bottom-left. */
    public long markerId(int corner) {
        return markerIds[corner];
    }

    /** The centre of marker {@code corner} (0 TL, 1 TR, 2 BR, 3 BL) in window millimetres. */
    public double[] markerCentreMm(int corner) {
        double off = gapMm + markerMm / 2;
        double x = corner == 0 || corner == 3 ? -off : windowWidthMm + off;
        double y = corner < 2 ? -off : windowHeightMm + off;
        return new double[] {x, y};
    }

    static List<CardLayout> all() {
        return List.of(values());
    }

    /** Width of the whole frame, markers and margin included. */
    public double frameWidthMm() {
        return windowWidthMm + 2 * (gapMm + markerMm + gapMm);
    }

    public double frameHeightMm() {
        return windowHeightMm + 2 * (gapMm + markerMm + gapMm);
    }
}
