package com.smpacademy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionTest {

    private static KeyEncryption kek() {
        return KeyEncryption.of(Base64.getDecoder().decode(KeyEncryption.newKekText()), "test");
    }

    @Test
    void aSealedPrivateJwkOpensWithTheSameKekAndContext() throws Exception {
        KeyEncryption kek = kek();
        JWK key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        String sealed = kek.sealJwk(key, "signing_key:k1");
        assertThat(sealed).startsWith("kek1:" + kek.fingerprint() + ":").doesNotContain(key.toECKey().getD()
                .toString());
        assertThat(kek.openJwk(sealed, "signing_key:k1")).isEqualTo(key);
    }

    @Test
    void aDifferentKekCannotOpenAndSaysWhichKeyIsNeeded() {
        KeyEncryption kek = kek();
        String sealed = kek.seal("secret", "ctx");
        KeyEncryption other = kek();
        assertThatThrownBy(() -> other.open(sealed, "ctx")).isInstanceOf(KeyEncryption.KeyEncryptionException.class)
                .hasMessageContaining(kek.fingerprint()).hasMessageContaining("ACADEMY_KEY_ENCRYPTION_KEY");
    }

    @Test
    void aValueMovedToAnotherContextOrAlteredDoesNotOpen() {
        KeyEncryption kek = kek();
        String sealed = kek.seal("secret", "signing_key:a");
        assertThatThrownBy(() -> kek.open(sealed, "signing_key:b")).hasMessageContaining("altered");
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> kek.open(altered, "signing_key:a")).hasMessageContaining("altered");
    }

    @Test
    void aPublicJwkIsNotSealed() throws Exception {
        JWK key = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK();
        assertThatThrownBy(() -> kek().sealJwk(key, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKekFileIsGeneratedOwnerOnlyAndReusedAtTheNextStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/key-encryption.key");
        KeyEncryption first = new KeyEncryption("", file.toString(), true);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        KeyEncryption second = new KeyEncryption("", file.toString(), true);
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(second.open(first.seal("x", "c"), "c")).isEqualTo("x");
    }

    @Test
    void aMissingKekFileWithGenerationOffStopsWithAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> new KeyEncryption("", dir.resolve("none.key").toString(), false))
                .hasMessageContaining("No key-encryption key");
    }

    @Test
    void aKekOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new KeyEncryption(Base64.getEncoder().encodeToString(new byte[16]), "x", false))
                .hasMessageContaining("32 bytes");
    }
}
