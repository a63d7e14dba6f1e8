package com.smpacademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The signed W3C Bitstring Status List credential (purpose {@code revocation}) as last generated: kept in the
 * database so that every node serves the same list.
 */
@Entity
@Table(name = "status_list")
class StatusList {

    /**
     * 131,072 entries (16 KiB), the minimum the Bitstring Status List recommendation sets so that one holder's
     * index gives a verifier's fetch no tell-tale about whom it concerns (herd privacy).
     */
    static final int SIZE = 131_072;

    @Id
    private int id;

    @Column(nullable = false, length = 20000)
    private String credential;

    @Column(nullable = false)
    private int revoked;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StatusList() {
        this(0, "", 0, Instant.EPOCH);
    }

    StatusList(int id, String credential, int revoked, Instant updatedAt) {
        this.id = id;
        this.credential = credential;
        this.revoked = revoked;
        this.updatedAt = updatedAt;
    }

    String credential() { return credential; }
    Instant updatedAt() { return updatedAt; }

    void update(String credential, int revoked, Instant at) {
        this.credential = credential;
        this.revoked = revoked;
        this.updatedAt = at;
    }

    /**
     * The {@code encodedList} for these set indexes: the bitstring (index 0 is the left-most bit of the first
     * byte), GZIP-compressed, base64url without padding, with the multibase prefix {@code u}.
     */
    static String encode(Collection<Integer> setIndexes) {
        byte[] bits = new byte[SIZE / 8];
        for (int i : setIndexes) {
            if (i < 0 || i >= SIZE) {
                throw new IllegalArgumentException("Status index out of range: " + i);
            }
            bits[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The bitstring of an {@code encodedList}. */
    static byte[] decode(String encodedList) {
        if (!encodedList.startsWith("u")) {
            throw new IllegalArgumentException("encodedList is not multibase base64url (prefix u)");
        }
        byte[] gz = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList does not decompress", e);
        }
    }

    static boolean isSet(byte[] bitstring, int index) {
        return index >= 0 && index / 8 < bitstring.length && (bitstring[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
