package com.smpacademy.lti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the tool's private keys at rest: AES-256-GCM under a key-encryption key that never enters the database,
 * taken from {@code academy.lti.key-encryption-key} (base64, 32 bytes) or else from a file created on first start
 * ({@code academy.lti.key-encryption-key-file}, default {@code ./data/lti-kek}, owner-only). The one place that
 * knows how keys are wrapped, so moving to a shared key-encryption class is a change here only.
 */
@Component
class KeyProtection {

    private static final String PREFIX = "aesgcm1:";
    private final SecretKeySpec kek;
    private final SecureRandom random = new SecureRandom();

    KeyProtection(@Value("${academy.lti.key-encryption-key:}") String configured,
                  @Value("${academy.lti.key-encryption-key-file:./data/lti-kek}") String file) {
        this.kek = new SecretKeySpec(configured.isBlank() ? fromFile(Path.of(file)) : decode(configured), "AES");
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a tool key", e);
        }
    }

    String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("A tool key is not encrypted in the expected format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a tool key: is the key-encryption key the one it was "
                    + "stored under?", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException("academy.lti.key-encryption-key must be 32 bytes, base64-encoded");
        }
        return key;
    }

    private byte[] fromFile(Path path) {
        try {
            if (Files.exists(path)) {
                return decode(Files.readString(path));
            }
            byte[] key = new byte[32];
            random.nextBytes(key);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own permissions apply
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the LTI key-encryption key file " + path, e);
        }
    }
}
