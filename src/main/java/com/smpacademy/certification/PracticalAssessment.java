package com.smpacademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An instructor's pass or fail after a supervised practical session. */
@Entity
@Immutable
@Table(name = "practical_assessment")
class PracticalAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "trainee_id", nullable = false)
    private long traineeId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "assessor_id", nullable = false)
    private long assessorId;

    @Column(nullable = false)
    private boolean passed;

    private @Nullable String notes;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected PracticalAssessment() {
        this(0, "", 0, false, null, Instant.EPOCH);
    }

    PracticalAssessment(long traineeId, String courseId, long assessorId, boolean passed, @Nullable String notes,
                        Instant assessedAt) {
        this.traineeId = traineeId;
        this.courseId = courseId;
        this.assessorId = assessorId;
        this.passed = passed;
        this.notes = notes;
        this.assessedAt = assessedAt;
    }

    long assessorId() { return assessorId; }
    boolean passed() { return passed; }
    @Nullable String notes() { return notes; }
    Instant assessedAt() { return assessedAt; }
}
