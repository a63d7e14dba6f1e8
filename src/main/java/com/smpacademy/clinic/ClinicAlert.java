package com.smpacademy.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app alert to one clinic owner about a rostered certificate. Written by {@link ClinicAlerts}. */
@Entity
@Table(name = "clinic_alert")
class ClinicAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertKind kind;

    @Column(name = "event_key", nullable = false)
    private String eventKey;

    @Column(name = "certificate_code", nullable = false)
    private String certificateCode;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(nullable = false)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected ClinicAlert() {
        kind = AlertKind.REVOKED;
        eventKey = certificateCode = holderName = message = "";
        createdAt = Instant.EPOCH;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Alert not saved yet");
        }
        return id;
    }

    long clinicId() { return clinicId; }
    long ownerId() { return ownerId; }
    AlertKind kind() { return kind; }
    String certificateCode() { return certificateCode; }
    String holderName() { return holderName; }
    String message() { return message; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant readAt() { return readAt; }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
