package com.smpacademy.certification;

import com.nimbusds.jwt.JWTClaimsSet;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revocation status list (W3C Bitstring Status List): each certificate holds a random index; the list is a
 * signed {@code BitstringStatusListCredential} regenerated inside every revocation's transaction and served at
 * {@link CredentialUrls#statusList()}. Expiry is not in the list: it follows from the credential's own dates.
 */
@Service
class StatusListService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LIST_ID = 1;
    /** How long a verifier may cache the list (ms), as {@code ttl}; the HTTP max-age says the same. */
    static final long TTL_MILLIS = 60_000;

    private final CertificateRepository certificates;
    private final StatusListRepository lists;
    private final CredentialSigner signer;
    private final CredentialUrls urls;
    private final Clock clock;

    StatusListService(CertificateRepository certificates, StatusListRepository lists, CredentialSigner signer,
                      CredentialUrls urls, Clock clock) {
        this.certificates = certificates;
        this.lists = lists;
        this.signer = signer;
        this.urls = urls;
        this.clock = clock;
    }

    /**
     * A free index, drawn at random so that an index says nothing about when or in what order a certificate was
     * issued. The unique index on the column settles a race between two nodes.
     */
    int allocateIndex() {
        for (int tries = 0; tries < 1000; tries++) {
            int candidate = RANDOM.nextInt(StatusList.SIZE);
            if (!certificates.existsByStatusIndex(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The status list is full; add a second list.");
    }

    /** Signs a fresh list from the revoked certificates. Called in the revocation's own transaction. */
    @Transactional
    public String regenerate() {
        List<Integer> revoked = certificates.revokedStatusIndexes();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", urls.statusList() + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("ttl", TTL_MILLIS);
        subject.put("encodedList", StatusList.encode(revoked));
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        vc.put("id", urls.statusList());
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", urls.issuer());
        vc.put("validFrom", now.toString());
        vc.put("credentialSubject", subject);
        vc.put("iss", urls.issuer());
        vc.put("jti", urls.statusList());
        vc.put("nbf", now.getEpochSecond());
        String jws = signer.sign(vc).jws();
        StatusList row = lists.findById(LIST_ID).orElse(null);
        if (row == null) {
            lists.save(new StatusList(LIST_ID, jws, revoked.size(), now));
        } else {
            row.update(jws, revoked.size(), now);
        }
        return jws;
    }

    /** The list as served: the signed status-list credential (compact JWS). */
    @Transactional
    public String current() {
        return lists.findById(LIST_ID).map(StatusList::credential).orElseGet(this::regenerate);
    }

    /**
     * Whether the bit at {@code index} is set in the list as published (its signature checked first), or empty
     * when the published list cannot be read.
     */
    @Transactional
    public Optional<Boolean> revoked(int index) {
        CredentialSigner.Verified v = signer.verify(current());
        if (!v.signatureValid() || v.claims() == null) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = v.claims();
            Object encoded = claims.getJSONObjectClaim("credentialSubject").get("encodedList");
            return Optional.of(StatusList.isSet(StatusList.decode(String.valueOf(encoded)), index));
        } catch (java.text.ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The URL of the list a credential must point at to be checked here. */
    String url() {
        return urls.statusList();
    }
}
