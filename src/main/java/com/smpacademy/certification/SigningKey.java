package com.smpacademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the academy's credential-signing keys (P-256). Retired keys stay, so older credentials still verify. */
@Entity
@Table(name = "signing_key")
class SigningKey {

    @Id
    @Column(name = "key_id")
    private String keyId;

    @Column(nullable = false)
    private String algorithm;

    @Column(name = "public_jwk", nullable = false)
    private String publicJwk;

    @Column(name = "private_jwk", nullable = false)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected SigningKey() {
        this("", "", "", "", Instant.EPOCH);
    }

    SigningKey(String keyId, String algorithm, String publicJwk, String privateJwk, Instant createdAt) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    String keyId() { return keyId; }
    String publicJwk() { return publicJwk; }
    String privateJwk() { return privateJwk; }
    Instant createdAt() { return createdAt; }
    boolean active() { return retiredAt == null; }

    void retire(Instant at) {
        this.retiredAt = at;
    }
}
