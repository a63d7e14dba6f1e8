package com.smpacademy.security;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets that must sit in the database (private signing keys, a tool's key pair) under a key-encryption
 * key (KEK) that does not: AES-256-GCM, a fresh 96-bit nonce per value, and a caller-chosen context bound in as
 * additional authenticated data, so a sealed value copied to another row or purpose does not open.
 *
 * <p>The KEK comes from {@code ACADEMY_KEY_ENCRYPTION_KEY} (or {@code academy.keys.kek}): 32 bytes, base64; else
 * from the file {@code academy.keys.kek-file} (default {@code ./data/key-encryption.key}), which is generated with
 * owner-only permissions at first start unless {@code academy.keys.generate-kek-file=false}. A database backup
 * without the KEK cannot open any sealed value: keep the two apart.
 *
 * <p>Sealed form: {@code kek1:<kek fingerprint>:<nonce>:<ciphertext+tag>} (base64url), so a wrong KEK is named
 * as such instead of failing as "bad tag".
 */
@Component
public class KeyEncryption {

    private static final Logger log = LoggerFactory.getLogger(KeyEncryption.class);
    private static final String PREFIX = "kek1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A sealed value that cannot be opened: wrong or missing KEK, or altered data. */
    public static class KeyEncryptionException extends IllegalStateException {
        public KeyEncryptionException(String message) {
            super(message);
        }
    }

    private final SecretKeySpec kek;
    private final String fingerprint;
    private final String source;

    @org.springframework.beans.factory.annotation.Autowired
    KeyEncryption(@Value("${academy.keys.kek:${ACADEMY_KEY_ENCRYPTION_KEY:}}") String kekText,
                  @Value("${academy.keys.kek-file:./data/key-encryption.key}") String kekFile,
                  @Value("${academy.keys.generate-kek-file:true}") boolean generate) {
        this(load(kekText, Path.of(kekFile), generate), kekText.isBlank() ? "the file " + kekFile
                : "ACADEMY_KEY_ENCRYPTION_KEY");
    }

    private KeyEncryption(byte[] key, String source) {
        if (key.length != 32) {
            throw new KeyEncryptionException("The key-encryption key from " + source + " must be 32 bytes "
                    + "(base64 of 32 random bytes, e.g. `openssl rand -base64 32`); it is " + key.length + ".");
        }
        this.kek = new SecretKeySpec(key, "AES");
        this.fingerprint = fingerprintOf(key);
        this.source = source;
    }

    /** A KeyEncryption over the given 32-byte KEK (tests, tools). */
    public static KeyEncryption of(byte[] key, String source) {
        return new KeyEncryption(key.clone(), source);
    }

    /** A new random 32-byte KEK, base64. */
    public static String newKekText() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    /** Short public fingerprint of the KEK in use (never the KEK itself), for messages and logs. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Where the KEK came from, for messages. */
    public String source() {
        return source;
    }

    /** Whether a stored value is in sealed form. */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** Encrypts {@code plaintext}; {@code context} (e.g. "signing_key:smp-1") must be given again to open it. */
    public String seal(String plaintext, String context) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(128, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + fingerprint + ":" + B64.encodeToString(nonce) + ":" + B64.encodeToString(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts a value from {@link #seal}; throws {@link KeyEncryptionException} with the reason otherwise. */
    public String open(String sealed, String context) {
        String[] parts = sealed == null ? new String[0] : sealed.split(":");
        if (parts.length != 4 || !isSealed(sealed)) {
            throw new KeyEncryptionException("The stored value for " + context + " is not an encrypted key.");
        }
        if (!parts[1].equals(fingerprint)) {
            throw new KeyEncryptionException("The stored key for " + context + " was encrypted with key-encryption "
                    + "key " + parts[1] + ", but the key-encryption key in use (from " + source + ") is "
                    + fingerprint + ". Set ACADEMY_KEY_ENCRYPTION_KEY, or academy.keys.kek-file, to the key it was "
                    + "encrypted with.");
        }
        try {
            Base64.Decoder d = Base64.getUrlDecoder();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(128, d.decode(parts[2])));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(d.decode(parts[3])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyEncryptionException("The stored key for " + context + " does not decrypt with the "
                    + "key-encryption key " + fingerprint + ": it was altered or belongs to another record.");
        }
    }

    /** Seals a private JWK (its JSON, {@code d} included). */
    public String sealJwk(JWK privateJwk, String context) {
        if (!privateJwk.isPrivate()) {
            throw new IllegalArgumentException("Only private keys need sealing; this JWK has no private part.");
        }
        return seal(privateJwk.toJSONString(), context);
    }

    /** Opens a private JWK sealed by {@link #sealJwk}. */
    public JWK openJwk(String sealed, String context) {
        try {
            return JWK.parse(open(sealed, context));
        } catch (ParseException e) {
            throw new KeyEncryptionException("The stored key for " + context + " decrypts but is not a JWK.");
        }
    }

    private static byte[] load(String kekText, Path file, boolean generate) {
        if (!kekText.isBlank()) {
            return decode(kekText.trim(), "ACADEMY_KEY_ENCRYPTION_KEY");
        }
        try {
            if (Files.exists(file)) {
                warnIfReadableByOthers(file);
                return decode(Files.readString(file).trim(), "the file " + file);
            }
            if (!generate) {
                throw new KeyEncryptionException("No key-encryption key: set ACADEMY_KEY_ENCRYPTION_KEY, or put one "
                        + "in " + file.toAbsolutePath() + " (academy.keys.kek-file).");
            }
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            String text = newKekText();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // another node on a shared folder was first: use its key
                return decode(Files.readString(file).trim(), "the file " + file);
            }
            Files.writeString(file, text + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            log.warn("Generated a key-encryption key in {} (owner-only). It protects the signing keys in the "
                    + "database: keep it out of database backups, and back it up separately.", file.toAbsolutePath());
            return Base64.getDecoder().decode(text);
        } catch (IOException e) {
            throw new KeyEncryptionException("Cannot read or create the key-encryption key file "
                    + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The key-encryption key file {} is readable by other users: chmod 600 it.", file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
    }

    private static byte[] decode(String text, String source) {
        try {
            return text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new KeyEncryptionException("The key-encryption key from " + source + " is not base64.");
        }
    }

    private static String fingerprintOf(byte[] key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update("smp-academy-kek-fingerprint".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(md.digest(key), 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
