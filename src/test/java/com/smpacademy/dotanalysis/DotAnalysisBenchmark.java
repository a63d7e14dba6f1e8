package com.smpacademy.dotanalysis;

import com.smpacademy.dotanalysis.SyntheticCardPhoto.TrueDot;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints the analysis time and memory for a 2048 × 1536 photo of the practice card with a density fill (about
 * 4,400 dots), three runs after a warm-up, against a baseline in the same run (decoding-sized work: converting the
 * photo to grey). Not part of the default test run (the name does not end in Test): run it with
 * {@code ./mvnw test -Dtest=DotAnalysisBenchmark}. Target: under 1.5 s per photo on a 2-core machine.
 */
class DotAnalysisBenchmark {

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Test
    void analysisOfA2048PixelPhoto() {
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, 1.2, 0.5, 0.1, 42);
        BufferedImage photo = SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots).size(2048, 1536).tilt(10)
                .photographic().blur(1.0).noise(4).lighting(0.2).jpeg(85).render();
        DotAnalyzer analyzer = new DotAnalyzer();
        for (int i = 0; i < 3; i++) {
            analyzer.analyze(photo);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().threadId();
        System.out.printf("dot analysis benchmark: %d true dots, photo %d x %d%n", dots.size(), photo.getWidth(),
                photo.getHeight());
        for (int run = 1; run <= 3; run++) {
            long b0 = System.nanoTime();
            DotAnalyzer.toGray(photo);
            long baseline = System.nanoTime() - b0;
            long alloc0 = threads.getThreadAllocatedBytes(self);
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            DotAnalysis result = analyzer.analyze(photo);
            long took = System.nanoTime() - t0;
            // CPU time of the whole JVM (BoofCV may use worker threads): on a shared, overloaded machine the wall
            // clock mostly measures the other processes
            long cpu = processCpu() - cpu0;
            long allocated = threads.getThreadAllocatedBytes(self) - alloc0;
            System.out.printf("run %d: %d ms wall, %d ms CPU (baseline grey conversion %d ms, ratio %.1f), "
                            + "allocated %d MB, %d dots found, outcome %s%n", run, took / 1_000_000, cpu / 1_000_000,
                    baseline / 1_000_000,
                    (double) took / Math.max(1, baseline), allocated / (1024 * 1024),
                    result.figures() == null ? 0 : result.figures().dotCount(), result.outcome());
        }
    }
}
