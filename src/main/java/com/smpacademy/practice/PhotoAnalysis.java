package com.smpacademy.practice;

import com.smpacademy.dotanalysis.DotAnalysis;
import com.smpacademy.dotanalysis.DotAnalysis.Figures;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The dot analysis of one practice photo: waiting, being run, or done with its figures and overlay. */
@Entity
@Table(name = "practice_photo_analysis")
class PhotoAnalysis {

    enum Status { PENDING, RUNNING, DONE }

    @Id
    @Column(name = "photo_id")
    private long photoId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Enumerated(EnumType.STRING)
    private DotAnalysis.@Nullable Outcome outcome;

    @Enumerated(EnumType.STRING)
    private DotAnalysis.@Nullable Problem problem;

    private @Nullable String note;
    private @Nullable String card;
    @Column(name = "dot_count")
    private @Nullable Integer dotCount;
    @Column(name = "density_per_cm2")
    private @Nullable Double densityPerCm2;
    @Column(name = "mean_diameter_mm")
    private @Nullable Double meanDiameterMm;
    @Column(name = "diameter_cv")
    private @Nullable Double diameterCv;
    @Column(name = "mean_spacing_mm")
    private @Nullable Double meanSpacingMm;
    @Column(name = "spacing_cv")
    private @Nullable Double spacingCv;
    @Column(name = "uniformity_cv")
    private @Nullable Double uniformityCv;
    @Column(name = "blow_outs")
    private @Nullable Integer blowOuts;
    private @Nullable Integer merged;
    private @Nullable Integer cells;
    @Column(name = "mm_per_pixel")
    private @Nullable Double mmPerPixel;

    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] overlay;

    @Column(nullable = false)
    private int attempts;
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt = Instant.EPOCH;
    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;
    @Column(name = "analysed_at")
    private @Nullable Instant analysedAt;

    protected PhotoAnalysis() {
    }

    PhotoAnalysis(long photoId, Instant now) {
        this.photoId = photoId;
        this.queuedAt = now;
    }

    void record(DotAnalysis result, Instant now) {
        status = Status.DONE;
        outcome = result.outcome();
        problem = result.problem();
        note = result.note();
        card = result.card() == null ? null : result.card().name();
        Figures f = result.figures();
        dotCount = f == null ? null : f.dotCount();
        densityPerCm2 = f == null ? null : f.densityPerCm2();
        meanDiameterMm = f == null ? null : f.meanDiameterMm();
        diameterCv = f == null ? null : f.diameterCv();
        meanSpacingMm = f == null ? null : f.meanSpacingMm();
        spacingCv = f == null ? null : f.spacingCv();
        uniformityCv = f == null ? null : f.uniformityCv();
        blowOuts = f == null ? null : f.blowOuts();
        merged = f == null ? null : f.merged();
        cells = f == null ? null : f.cells();
        mmPerPixel = f == null ? null : f.millimetresPerPixel();
        overlay = result.overlayPng();
        analysedAt = now;
    }

    /** Gives a failed attempt back to the queue for another try. */
    void release() {
        status = Status.PENDING;
        claimedAt = null;
    }

    long photoId() { return photoId; }
    Status status() { return status; }
    DotAnalysis.@Nullable Outcome outcome() { return outcome; }
    DotAnalysis.@Nullable Problem problem() { return problem; }
    @Nullable String note() { return note; }
    @Nullable String card() { return card; }
    @Nullable Integer dotCount() { return dotCount; }
    @Nullable Double densityPerCm2() { return densityPerCm2; }
    @Nullable Double meanDiameterMm() { return meanDiameterMm; }
    @Nullable Double diameterCv() { return diameterCv; }
    @Nullable Double meanSpacingMm() { return meanSpacingMm; }
    @Nullable Double spacingCv() { return spacingCv; }
    @Nullable Double uniformityCv() { return uniformityCv; }
    @Nullable Integer blowOuts() { return blowOuts; }
    @Nullable Integer merged() { return merged; }
    byte @Nullable [] overlay() { return overlay; }
    int attempts() { return attempts; }
    @Nullable Instant analysedAt() { return analysedAt; }
}
