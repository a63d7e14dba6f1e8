package com.smpacademy.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An artist on a clinic's roster: the certificate's code only, so its status is always read live. */
@Entity
@Table(name = "roster_entry")
class RosterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "certificate_code", nullable = false)
    private String certificateCode;

    @Column(name = "previous_code")
    private @Nullable String previousCode;

    @Column(name = "renewed_at")
    private @Nullable Instant renewedAt;

    @Column
    private @Nullable String note;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    protected RosterEntry() {
        this(0, "", null, LocalDate.EPOCH, 0);
    }

    RosterEntry(long clinicId, String certificateCode, @Nullable String note, LocalDate addedOn, long addedBy) {
        this.clinicId = clinicId;
        this.certificateCode = certificateCode;
        this.note = note;
        this.addedOn = addedOn;
        this.addedBy = addedBy;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Roster entry not saved yet");
        }
        return id;
    }

    long clinicId() { return clinicId; }
    String certificateCode() { return certificateCode; }
    @Nullable String previousCode() { return previousCode; }
    @Nullable Instant renewedAt() { return renewedAt; }
    @Nullable String note() { return note; }
    LocalDate addedOn() { return addedOn; }

    void setNote(@Nullable String note) {
        this.note = note;
    }
}
