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

/** An invitation by email to co-own a clinic or to train as its sponsored trainee; its token works once. */
@Entity
@Table(name = "clinic_invitation")
class ClinicInvitation {

    enum Kind { OWNER, TRAINEE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String email;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_by")
    private @Nullable Long acceptedBy;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    protected ClinicInvitation() {
        this(0, Kind.OWNER, "", "", 0, Instant.EPOCH, Instant.EPOCH);
    }

    ClinicInvitation(long clinicId, Kind kind, String email, String tokenHash, long invitedBy, Instant createdAt,
                     Instant expiresAt) {
        this.clinicId = clinicId;
        this.kind = kind;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Invitation not saved yet");
        }
        return id;
    }

    long clinicId() { return clinicId; }
    Kind kind() { return kind; }
    String email() { return email; }
    Instant createdAt() { return createdAt; }
    Instant expiresAt() { return expiresAt; }
    @Nullable Instant acceptedAt() { return acceptedAt; }
    @Nullable Instant cancelledAt() { return cancelledAt; }

    boolean open(Instant now) {
        return acceptedAt == null && cancelledAt == null && now.isBefore(expiresAt);
    }

    void accept(long by, Instant at) {
        this.acceptedBy = by;
        this.acceptedAt = at;
    }

    void cancel(Instant at) {
        this.cancelledAt = at;
    }
}
