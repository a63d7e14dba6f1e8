package com.smpacademy.dotanalysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis of one photo found. {@link Outcome#MEASURED}: the card was found, so sizes are in millimetres
 * and density in dots per cm². {@link Outcome#RELATIVE}: no card, so only figures that need no scale (counts,
 * coefficients of variation, blow-outs) are given. {@link Outcome#NOT_MEASURABLE}: nothing is given, and
 * {@code problem} says why.
 */
public record DotAnalysis(Outcome outcome, @Nullable Problem problem, @Nullable String note,
                          @Nullable CardLayout card, @Nullable Figures figures, List<Dot> dots,
                          byte @Nullable [] overlayPng) {

    public enum Outcome { MEASURED, RELATIVE, NOT_MEASURABLE }

    /** Why a photo could not be (fully) measured, in words a trainee can act on. */
    public enum Problem {
        NO_CARD("No practice card found: sizes and density need the card's four corner markers in the photo. "
                + "Only relative figures are shown."),
        TOO_DARK("The photo is too dark to find the dots. Take it again in daylight or under a bright lamp."),
        LOW_CONTRAST("The dots hardly stand out from the skin. Wipe off excess pigment and photograph again "
                + "in even light."),
        OUT_OF_FOCUS("The photo is out of focus: the dots' edges are blurred. Hold the phone steady, tap to "
                + "focus on the skin and photograph again."),
        NO_DOTS("No dots were found in the card's window."),
        UNREADABLE("The photo could not be read.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() { return message; }
    }

    /** How the analysis classed a dot. */
    public enum DotKind { NORMAL, BLOW_OUT, MERGED }

    /**
     * One dot: centre and equivalent diameter (the diameter of a disc holding the same amount of ink), in
     * millimetres when the card was found, otherwise in pixels of the photo.
     */
    public record Dot(double x, double y, double diameter, double edgeWidth, DotKind kind) {
    }

    /**
     * The figures. Millimetre figures are null without the card. Coefficients of variation are standard deviation
     * over mean (0.10 = 10 %).
     */
    public record Figures(int dotCount, @Nullable Double densityPerCm2, @Nullable Double meanDiameterMm,
                          double diameterCv, @Nullable Double meanSpacingMm, double spacingCv,
                          double uniformityCv, int blowOuts, int merged, int cells,
                          @Nullable Double millimetresPerPixel, @Nullable Double measuredAreaCm2) {
    }

    /** The result for bytes that do not decode as an image. */
    public static DotAnalysis unreadable() {
        return failed(Problem.UNREADABLE);
    }

    static DotAnalysis failed(Problem problem) {
        return new DotAnalysis(Outcome.NOT_MEASURABLE, problem, null, null, null, List.of(), null);
    }
}
