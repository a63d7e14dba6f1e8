package com.smpacademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the academy's credential-signing keys (RS256 since issue 11; earlier ones ES256). Retired keys stay, so older credentials still verify. */
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

    /** Plain-text private JWK of the first release; emptied when the key is sealed at start-up. */
    @Column(name = "private_jwk")
    private @Nullable String privateJwk;

    /** The private JWK sealed with {@link com.smpacademy.security.KeyEncryption}. */
    @Column(name = "private_jwk_sealed")
    private @Nullable String privateJwkSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected SigningKey() {
        this("", "", "", null, Instant.EPOCH);
    }

    SigningKey(String keyId, String algorithm, String publicJwk, @Nullable String privateJwkSealed,
               Instant createdAt) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.privateJwkSealed = privateJwkSealed;
        this.createdAt = createdAt;
    }

    String keyId() { return keyId; }
    String publicJwk() { return publicJwk; }
    String algorithm() { return algorithm; }
    @Nullable String plainPrivateJwk() { return privateJwk; }
    @Nullable String sealedPrivateJwk() { return privateJwkSealed; }
    Instant createdAt() { return createdAt; }
    boolean active() { return retiredAt == null; }

    /** Replaces the plain-text private key with its sealed form. */
    void seal(String sealed) {
        this.privateJwkSealed = sealed;
        this.privateJwk = null;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }
}
