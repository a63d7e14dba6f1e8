package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.smpacademy.security.KeyEncryption;
import com.smpacademy.support.SpringTest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The private signing keys in the database are useless without the key-encryption key, which is not there. */
@SpringTest
class SigningKeyProtectionTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SigningKeyRepository keys;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;
    @Autowired
    KeyEncryption encryption;
    @Autowired
    CredentialSigner signer;
    @Autowired
    CredentialUrls urls;

    private CredentialSigner signerWith(KeyEncryption kek) {
        return new CredentialSigner(keys, tx, clock, kek, urls.base());
    }

    @Test
    void noPrivateKeyIsStoredInPlainText() {
        List<Map<String, Object>> rows = jdbc.queryForList("select private_jwk, private_jwk_sealed from signing_key");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("private_jwk")).isNull();
            assertThat((String) r.get("private_jwk_sealed")).startsWith("kek1:").doesNotContain("\"d\"");
        });
    }

    @Test
    void aDatabaseCopyWithoutTheKeyEncryptionKeyCanSignNothing() {
        KeyEncryption thief = KeyEncryption.of(Base64.getDecoder().decode(KeyEncryption.newKekText()), "a guess");
        CredentialSigner copy = signerWith(thief);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> copy.prepareKeys()))
                .isInstanceOf(KeyEncryption.KeyEncryptionException.class)
                .hasMessageContaining("Refusing to start").hasMessageContaining(encryption.fingerprint());
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> copy.sign(Map.of("iss", "https://forger.example"))))
                .isInstanceOf(KeyEncryption.KeyEncryptionException.class);
        // and no key was generated behind the refusal
        assertThat(keys.active()).hasSize(1);
    }

    @Test
    void aPlainTextKeyLeftByTheFirstReleaseIsSealedAtStartAndKeepsVerifying() throws Exception {
        ECKey old = new ECKeyGenerator(Curve.P_256).keyID("smp-legacy-test").generate();
        jdbc.update("insert into signing_key (key_id, algorithm, public_jwk, private_jwk, created_at, retired_at) "
                + "values (?, 'ES256', ?, ?, ?, ?)", old.getKeyID(), old.toPublicJWK().toJSONString(),
                old.toJSONString(), java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()));
        try {
            tx.executeWithoutResult(s -> signer.prepareKeys());
            Map<String, Object> row = jdbc.queryForMap(
                    "select private_jwk, private_jwk_sealed from signing_key where key_id = ?", old.getKeyID());
            assertThat(row.get("private_jwk")).isNull();
            assertThat(encryption.openJwk((String) row.get("private_jwk_sealed"), "signing_key:" + old.getKeyID()))
                    .isEqualTo(old);
            assertThat(JWKSet.parse(signer.jwks()).getKeyByKeyId(old.getKeyID())).isNotNull();
        } finally {
            jdbc.update("delete from signing_key where key_id = ?", old.getKeyID());
        }
    }

    @Test
    void rotationKeepsEarlierCredentialsVerifiable() {
        String before = signer.sign(Map.of("iss", urls.issuer(), "jti", "urn:test:1")).jws();
        String kid = signer.rotate();
        assertThat(signer.verify(before).signatureValid()).isTrue();
        assertThat(signer.sign(Map.of("iss", urls.issuer())).keyId()).isEqualTo(kid);
        assertThat(signer.jwks()).contains(kid);
    }
}
