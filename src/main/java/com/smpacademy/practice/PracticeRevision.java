package com.smpacademy.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An entry as it was before the trainee edited it after a request for changes. */
@Entity
@Immutable
@Table(name = "practice_revision")
class PracticeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(nullable = false)
    private String summary;

    protected PracticeRevision() {
        this(0, Instant.EPOCH, "");
    }

    PracticeRevision(long entryId, Instant revisedAt, String summary) {
        this.entryId = entryId;
        this.revisedAt = revisedAt;
        this.summary = summary;
    }

    long entryId() { return entryId; }
    Instant revisedAt() { return revisedAt; }
    String summary() { return summary; }
}
