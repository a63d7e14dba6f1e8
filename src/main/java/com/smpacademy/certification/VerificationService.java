package com.smpacademy.certification;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public verification, for clinic owners without an account: a code (one query) or an uploaded credential
 * (signature, expiry, current status). Shows only what a certificate states; never an email or other private data.
 */
@Service
public class VerificationService {

    /** The answer to a typed code. */
    public sealed interface Lookup permits Found, Unknown, Malformed {
    }

    public record Found(CertificateView certificate) implements Lookup {
    }

    public record Unknown(String code) implements Lookup {
    }

    public record Malformed(String message) implements Lookup {
    }

    public record Check(String name, boolean passed, String message) {
    }

    /** The answer to an uploaded credential: every check with its outcome, and the certificate if found. */
    public record CredentialCheck(boolean valid, List<Check> checks, CertificateView certificate) {
    }

    private final CertificateRepository certificates;
    private final CertificationService certification;
    private final CredentialSigner signer;
    private final Clock clock;

    VerificationService(CertificateRepository certificates, CertificationService certification,
                        CredentialSigner signer, Clock clock) {
        this.certificates = certificates;
        this.certification = certification;
        this.signer = signer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Lookup verify(String typed) {
        return switch (CertificateCode.parse(typed)) {
            case CertificateCode.Malformed m -> new Malformed(m.message());
            case CertificateCode.Valid v -> certificates.findByCode(v.code())
                    .<Lookup>map(c -> new Found(certification.view(c)))
                    .orElseGet(() -> new Unknown(v.code()));
        };
    }

    /**
     * Many typed codes at once, in one query whatever their number: one answer per code, in the order given
     * (mistyped codes are answered from the check character without a look-up). For clinics' bulk checks and the
     * batch API.
     */
    @Transactional(readOnly = true)
    public List<Lookup> verifyAll(List<String> typed) {
        List<CertificateCode.Parsed> parsed = typed.stream().map(CertificateCode::parse).toList();
        Map<String, CertificateView> found = findAll(parsed.stream()
                .filter(p -> p instanceof CertificateCode.Valid).map(p -> ((CertificateCode.Valid) p).code())
                .toList());
        return parsed.stream().<Lookup>map(p -> switch (p) {
            case CertificateCode.Malformed m -> new Malformed(m.message());
            case CertificateCode.Valid v -> found.containsKey(v.code()) ? new Found(found.get(v.code()))
                    : new Unknown(v.code());
        }).toList();
    }

    /** The live state of certificates by their (normalised) codes, in one query; unknown codes are left out. */
    @Transactional(readOnly = true)
    public Map<String, CertificateView> findAll(Collection<String> codes) {
        Map<String, CertificateView> out = new HashMap<>();
        if (!codes.isEmpty()) {
            certificates.findByCodes(new HashSet<>(codes)).forEach(c -> out.put(c.code(), certification.view(c)));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public CredentialCheck verifyCredential(String compactJws) {
        List<Check> checks = new ArrayList<>();
        CredentialSigner.Verified verified = signer.verify(compactJws == null ? "" : compactJws);
        checks.add(new Check("signature", verified.signatureValid(), verified.message()));
        if (!verified.signatureValid() || verified.claims() == null) {
            return new CredentialCheck(false, checks, null);
        }
        JWTClaimsSet claims = verified.claims();
        Date exp = claims.getExpirationTime();
        boolean inDate = exp != null && Instant.now(clock).isBefore(exp.toInstant());
        checks.add(new Check("expiry", inDate, inDate ? "The credential is within its validity period."
                : "The credential has expired."));
        String code = claims.getJWTID();
        CertificateView view = code == null ? null : certificates.findByCode(code).map(certification::view)
                .orElse(null);
        if (view == null) {
            checks.add(new Check("status", false, "The academy has no certificate for this credential."));
            return new CredentialCheck(false, checks, null);
        }
        boolean current = view.status() == CertificateStatus.VALID;
        checks.add(new Check("status", current, switch (view.status()) {
            case VALID -> "The certificate is valid.";
            case EXPIRED -> "The certificate expired on " + view.expiresOn() + ".";
            case REVOKED -> "The certificate was revoked on " + view.revokedOn() + " (" + view.revocationReason()
                    + ").";
        }));
        return new CredentialCheck(checks.stream().allMatch(Check::passed), checks, view);
    }
}
