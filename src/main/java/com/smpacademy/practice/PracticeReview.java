package com.smpacademy.practice;

import com.smpacademy.practice.PracticeEnums.Decision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An instructor's decision on an entry, with the rubric scores (1–5) when approving. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "practice_review")
class PracticeReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    private @Nullable String comment;
    private @Nullable Short depth;
    private @Nullable Short dots;
    private @Nullable Short spacing;
    private @Nullable Short shape;
    private @Nullable Short hygiene;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected PracticeReview() {
        this(0, 0, Decision.REJECT, null, null, Instant.EPOCH);
    }

    PracticeReview(long entryId, long reviewerId, Decision decision, @Nullable Rubric rubric,
                   @Nullable String comment, Instant decidedAt) {
        this.entryId = entryId;
        this.reviewerId = reviewerId;
        this.decision = decision;
        this.comment = comment;
        if (rubric != null) {
            this.depth = (short) rubric.depth();
            this.dots = (short) rubric.dots();
            this.spacing = (short) rubric.spacing();
            this.shape = (short) rubric.shape();
            this.hygiene = (short) rubric.hygiene();
        }
        this.decidedAt = decidedAt;
    }

    long entryId() { return entryId; }
    long reviewerId() { return reviewerId; }
    Decision decision() { return decision; }
    @Nullable String comment() { return comment; }
    Instant decidedAt() { return decidedAt; }

    @Nullable Rubric rubric() {
        return depth == null ? null : new Rubric(depth, dots, spacing, shape, hygiene);
    }
}
