package com.smpacademy.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A trainee who accepted a clinic's invitation to train; ends when the trainee leaves. */
@Entity
@Table(name = "clinic_sponsorship")
class Sponsorship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "trainee_id", nullable = false)
    private long traineeId;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "left_at")
    private @Nullable Instant leftAt;

    protected Sponsorship() {
        this(0, 0, Instant.EPOCH);
    }

    Sponsorship(long clinicId, long traineeId, Instant acceptedAt) {
        this.clinicId = clinicId;
        this.traineeId = traineeId;
        this.acceptedAt = acceptedAt;
    }

    long clinicId() { return clinicId; }
    long traineeId() { return traineeId; }
    Instant acceptedAt() { return acceptedAt; }
    boolean active() { return leftAt == null; }

    void rejoin(Instant at) {
        this.acceptedAt = at;
        this.leftAt = null;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }
}
