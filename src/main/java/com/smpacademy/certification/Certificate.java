package com.smpacademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An issued certificate. Its facts never change after issue; only a revocation can be added. */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "program_name", nullable = false)
    private String programName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "issued_by")
    private @Nullable Long issuedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revocation_reason")
    private @Nullable String revocationReason;

    @Column(name = "revocation_note")
    private @Nullable String revocationNote;

    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    @Column(name = "replaces_id")
    private @Nullable Long replacesId;

    @Column(nullable = false, length = 20000)
    private String credential;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    /** Its place in the revocation status list; null only for certificates issued before the list existed. */
    @Column(name = "status_index")
    private @Nullable Integer statusIndex;

    protected Certificate() {
        this("", 0, "", "", "", Instant.EPOCH, LocalDate.EPOCH, LocalDate.EPOCH, null, null);
    }

    Certificate(String code, long holderId, String holderName, String courseId, String programName,
                Instant issuedAt, LocalDate issuedOn, LocalDate expiresOn, @Nullable Long issuedBy,
                @Nullable Long replacesId) {
        this.code = code;
        this.holderId = holderId;
        this.holderName = holderName;
        this.courseId = courseId;
        this.programName = programName;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.issuedBy = issuedBy;
        this.replacesId = replacesId;
        this.credential = "";
        this.keyId = "";
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Certificate not saved yet");
        }
        return id;
    }

    String code() { return code; }
    long holderId() { return holderId; }
    String holderName() { return holderName; }
    String courseId() { return courseId; }
    String programName() { return programName; }
    Instant issuedAt() { return issuedAt; }
    LocalDate issuedOn() { return issuedOn; }
    LocalDate expiresOn() { return expiresOn; }
    @Nullable Instant revokedAt() { return revokedAt; }
    @Nullable String revocationReason() { return revocationReason; }
    @Nullable String revocationNote() { return revocationNote; }
    @Nullable Long replacesId() { return replacesId; }
    String credential() { return credential; }
    String keyId() { return keyId; }
    @Nullable Integer statusIndex() { return statusIndex; }

    void placeInStatusList(int index) {
        this.statusIndex = index;
    }

    void sign(String jws, String kid) {
        this.credential = jws;
        this.keyId = kid;
    }

    void revoke(Instant at, String reason, @Nullable String note, long by) {
        this.revokedAt = at;
        this.revocationReason = reason;
        this.revocationNote = note;
        this.revokedBy = by;
    }
}
