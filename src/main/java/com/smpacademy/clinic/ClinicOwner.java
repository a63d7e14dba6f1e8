package com.smpacademy.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A CLINIC_OWNER account that owns a clinic. */
@Entity
@Table(name = "clinic_owner")
class ClinicOwner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ClinicOwner() {
        this(0, 0, Instant.EPOCH);
    }

    ClinicOwner(long clinicId, long userId, Instant addedAt) {
        this.clinicId = clinicId;
        this.userId = userId;
        this.addedAt = addedAt;
    }

    long clinicId() { return clinicId; }
    long userId() { return userId; }
    Instant addedAt() { return addedAt; }
}
