package com.smpacademy.dotanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.smpacademy.dotanalysis.DotAnalysis.DotKind;
import com.smpacademy.dotanalysis.DotAnalysis.Figures;
import com.smpacademy.dotanalysis.DotAnalysis.Outcome;
import com.smpacademy.dotanalysis.DotAnalysis.Problem;
import com.smpacademy.dotanalysis.SyntheticCardPhoto.TrueDot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The analysis measured against photos rendered with known dots: count within 3 %, mean diameter and mean spacing
 * within 10 %, under blur, noise, uneven light, JPEG and perspective up to 20°, and on photographed-looking
 * fixtures (skin texture, irregular dots, vignetting).
 */
class DotAnalyzerAccuracyTest {

    private final DotAnalyzer analyzer = new DotAnalyzer();

    @Test
    void measuresACleanCardExactly() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, 2.0, 0.6, 0.1, 1);
        check(dots, SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots).size(2048, 1536).blur(0.7).noise(1));
    }

    @Test
    void toleratesBlurNoiseUnevenLightAndJpeg() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, 1.8, 0.55, 0.12, 2);
        check(dots, SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots).size(2048, 1536).blur(1.3).noise(6)
                .lighting(0.4).jpeg(70));
    }

    @Test
    void removesPerspectiveOfATwentyDegreeTilt() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, 2.5, 0.8, 0.1, 3);
        check(dots, SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots).size(2048, 1536).tilt(20).turn(-8)
                .blur(1.0).noise(3).jpeg(85));
    }

    @Test
    void measuresAPhotographedLookingSticker() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.STICKER, 1.2, 0.4, 0.1, 4);
        check(dots, SyntheticCardPhoto.of(CardLayout.STICKER, dots).size(2048, 1536).fill(0.6).tilt(12).turn(15)
                .photographic().blur(1.2).noise(4).lighting(0.2).jpeg(80));
    }

    @Test
    void measuresAPhotographedLookingHairlineCard() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, 3.0, 0.45, 0.15, 5);
        check(dots, SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots).size(2048, 1536).tilt(8).turn(3)
                .photographic().blur(1.0).noise(5).lighting(0.25).jpeg(75));
    }

    @Test
    void findsBlowOutsWithAtMostOneFalsePositiveInTwoHundredCleanDots() {
        List<TrueDot> grid = SyntheticCardPhoto.grid(CardLayout.STICKER, 1.4, 0.45, 0.1, 6);
        assertThat(grid.size()).isGreaterThanOrEqualTo(200);
        List<TrueDot> dots = new ArrayList<>();
        Random random = new Random(6);
        List<Integer> blown = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            TrueDot d = grid.get(i);
            boolean halo = i % 37 == 5;
            boolean large = i % 53 == 11;
            if (halo || large) {
                blown.add(i);
            }
            dots.add(new TrueDot(d.xMm(), d.yMm(), large ? d.diameterMm() * 1.9 : d.diameterMm(), halo));
        }
        random.nextInt();
        DotAnalysis result = analyzer.analyze(SyntheticCardPhoto.of(CardLayout.STICKER, dots).size(2048, 1536)
                .blur(1.0).noise(3).jpeg(85).render());
        assertThat(result.outcome()).isEqualTo(Outcome.MEASURED);
        int found = 0;
        int falsePositives = 0;
        for (DotAnalysis.Dot m : result.dots()) {
            TrueDot nearest = nearest(dots, m.x(), m.y());
            boolean isBlown = nearest.halo() || blown.contains(dots.indexOf(nearest)) && !nearest.halo();
            if (m.kind() == DotKind.BLOW_OUT) {
                if (isBlown) {
                    found++;
                } else {
                    falsePositives++;
                }
            }
        }
        int clean = dots.size() - blown.size();
        assertThat(clean).isGreaterThanOrEqualTo(200);
        assertThat(found).as("blow-outs found").isEqualTo(blown.size());
        assertThat(falsePositives).as("false positives among %d clean dots", clean).isLessThanOrEqualTo(1);
    }

    @Test
    void aPhotoWithoutTheCardIsNotMeasurableForSizeButGivesRelativeFigures() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, 2.0, 0.6, 0.1, 7);
        DotAnalysis result = analyzer.analyze(SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots)
                .size(2048, 1536).withoutCard().blur(1).noise(3).render());
        assertThat(result.outcome()).isEqualTo(Outcome.RELATIVE);
        assertThat(result.problem()).isEqualTo(Problem.NO_CARD);
        Figures f = result.figures();
        assertThat(f).isNotNull();
        assertThat(f.meanDiameterMm()).isNull();
        assertThat(f.densityPerCm2()).isNull();
        assertThat(f.meanSpacingMm()).isNull();
        assertThat(f.dotCount()).isGreaterThan(dots.size() / 2);
    }

    @Test
    void aDarkPhotoSaysItIsTooDark() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.STICKER, 1.5, 0.5, 0.1, 8);
        DotAnalysis result = analyzer.analyze(SyntheticCardPhoto.of(CardLayout.STICKER, dots).size(800, 600)
                .exposure(0.15).render());
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MEASURABLE);
        assertThat(result.problem()).isEqualTo(Problem.TOO_DARK);
    }

    @Test
    void aBlurredPhotoIsNeverReportedAsMeasured() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, 2.0, 0.6, 0.1, 9);
        DotAnalysis result = analyzer.analyze(SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots)
                .size(2048, 1536).blur(14).noise(2).render());
        assertThat(result.outcome()).isNotEqualTo(Outcome.MEASURED);
        assertThat(result.problem()).isIn(Problem.OUT_OF_FOCUS, Problem.NO_CARD, Problem.LOW_CONTRAST);
    }

    private void check(List<TrueDot> dots, SyntheticCardPhoto photo) {
        DotAnalysis result = analyzer.analyze(photo.render());
        assertThat(result.outcome()).as("outcome (%s)", result.problem()).isEqualTo(Outcome.MEASURED);
        Figures f = result.figures();
        assertThat(f).isNotNull();
        double trueMean = dots.stream().mapToDouble(TrueDot::diameterMm).average().orElseThrow();
        double trueSpacing = trueSpacing(dots);
        System.out.printf("count %d / %d, diameter %.3f / %.3f mm, spacing %.3f / %.3f mm%n", f.dotCount(),
                dots.size(), f.meanDiameterMm(), trueMean, f.meanSpacingMm(), trueSpacing);
        assertThat((double) f.dotCount()).as("count").isCloseTo(dots.size(), within(dots.size() * 0.03));
        assertThat(f.meanDiameterMm()).as("mean diameter").isCloseTo(trueMean, within(trueMean * 0.10));
        assertThat(f.meanSpacingMm()).as("mean spacing").isCloseTo(trueSpacing, within(trueSpacing * 0.10));
        assertThat(result.overlayPng()).isNotEmpty();
    }

    private static double trueSpacing(List<TrueDot> dots) {
        double sum = 0;
        for (TrueDot d : dots) {
            double best = Double.MAX_VALUE;
            for (TrueDot o : dots) {
                if (o != d) {
                    best = Math.min(best, Math.hypot(o.xMm() - d.xMm(), o.yMm() - d.yMm()));
                }
            }
            sum += best;
        }
        return sum / dots.size();
    }

    private static TrueDot nearest(List<TrueDot> dots, double x, double y) {
        TrueDot best = dots.get(0);
        for (TrueDot d : dots) {
            if (Math.hypot(d.xMm() - x, d.yMm() - y) < Math.hypot(best.xMm() - x, best.yMm() - y)) {
                best = d;
            }
        }
        return best;
    }
}
