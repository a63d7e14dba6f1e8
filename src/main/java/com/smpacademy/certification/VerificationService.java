package com.smpacademy.certification;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
    public record CredentialCheck(boolean valid, List<Check> checks, @Nullable CertificateView certificate) {
    }

    /** The checks, in the order they are reported. */
    public static final List<String> CHECKS = List.of("signature", "schema", "issuer", "expiry", "status");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CertificateRepository certificates;
    private final CertificationService certification;
    private final CredentialSigner signer;
    private final CredentialSchema schema;
    private final StatusListService statusList;
    private final CredentialUrls urls;
    private final Clock clock;

    VerificationService(CertificateRepository certificates, CertificationService certification,
                        CredentialSigner signer, CredentialSchema schema, StatusListService statusList,
                        CredentialUrls urls, Clock clock) {
        this.certificates = certificates;
        this.certification = certification;
        this.signer = signer;
        this.schema = schema;
        this.statusList = statusList;
        this.urls = urls;
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
     * Checks a credential as a holder has it: the {@code .jwt} text (compact JWS), the {@code .json} document, or
     * JSON {@code {"credential": "<jwt>"}}. Reports signature, schema, issuer, expiry and status separately; the
     * status comes from the same signed status list that is published for everyone.
     */
    @Transactional
    public CredentialCheck verifyCredential(@Nullable String input) {
        String text = input == null ? "" : input.trim();
        List<Check> checks = new ArrayList<>();
        Map<String, Object> document;
        Map<String, Object> claims = null;
        if (text.startsWith("{")) {
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JacksonException e) {
                checks.add(new Check("signature", false, "The file is neither a credential JWT nor JSON."));
                return notChecked(checks);
            }
            if (node.path("credential").isString()) {
                text = node.path("credential").asString();
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = JSON.convertValue(node, Map.class);
                document = doc;
                Optional<Certificate> c = certificateOf(String.valueOf(document.get("id")));
                Check signature = jsonMatchesSigned(node, c);
                checks.add(signature);
                if (!signature.passed()) {
                    return notChecked(checks);
                }
                return rest(checks, document, null, c);
            }
        }
        CredentialSigner.Verified verified = signer.verify(text);
        checks.add(new Check("signature", verified.signatureValid(), verified.message()));
        if (!verified.signatureValid() || verified.claims() == null) {
            return notChecked(checks);
        }
        claims = verified.claims().toJSONObject();
        document = CredentialDocument.unsecured(claims);
        return rest(checks, document, claims, certificateOf(verified.claims().getJWTID()));
    }

    private CredentialCheck rest(List<Check> checks, Map<String, Object> document,
                                 @Nullable Map<String, Object> claims, Optional<Certificate> certificate) {
        JsonNode doc = JSON.valueToTree(document);
        checks.add(schemaCheck(doc));
        checks.add(issuerCheck(doc, claims));
        checks.add(expiryCheck(doc, claims));
        checks.add(statusCheck(doc, certificate));
        CertificateView view = certificate.map(certification::view).orElse(null);
        return new CredentialCheck(checks.stream().allMatch(Check::passed), checks, view);
    }

    private Check jsonMatchesSigned(JsonNode uploaded, Optional<Certificate> certificate) {
        if (certificate.isEmpty()) {
            return new Check("signature", false, "A JSON credential carries no signature of its own, and this "
                    + "academy signed no credential with this id.");
        }
        CredentialSigner.Verified signed = signer.verify(certificate.get().credential());
        if (!signed.signatureValid() || signed.claims() == null) {
            return new Check("signature", false, "The academy's signed copy of this credential does not verify.");
        }
        JsonNode ours = JSON.valueToTree(CredentialDocument.unsecured(signed.claims().toJSONObject()));
        return ours.equals(uploaded)
                ? new Check("signature", true, "A JSON file carries no signature of its own: it matches, property "
                + "for property, the credential the academy signed with key " + signed.kid() + ".")
                : new Check("signature", false, "The file differs from the credential the academy signed: it was "
                + "altered. Download the credential again, or check the .jwt file.");
    }

    private Check schemaCheck(JsonNode doc) {
        List<String> problems = new ArrayList<>(schema.violations(doc));
        problems.addAll(schema.specRuleViolations(doc));
        return problems.isEmpty()
                ? new Check("schema", true, "Conforms to the official Open Badges 3.0 AchievementCredential schema "
                + "and the rules it leaves out (the subject is identified).")
                : new Check("schema", false, "Does not conform to Open Badges 3.0: " + String.join("; ",
                problems.subList(0, Math.min(5, problems.size()))) + (problems.size() > 5 ? " …" : "") + ".");
    }

    private Check issuerCheck(JsonNode doc, @Nullable Map<String, Object> claims) {
        JsonNode issuer = doc.path("issuer");
        String id = issuer.path("id").asString("");
        if (!CredentialSchema.containsType(issuer.path("type"), "Profile") || !id.equals(urls.issuer())) {
            return new Check("issuer", false, "The issuer is not this academy's profile (" + urls.issuer() + ").");
        }
        if (claims != null && (!id.equals(claims.get("iss")) || !doc.path("id").asString("").equals(
                claims.get("jti")))) {
            return new Check("issuer", false, "The JWT claims iss/jti do not match issuer.id and id.");
        }
        return new Check("issuer", true, "Issued by " + issuer.path("name").asString("") + " (" + id + ").");
    }

    private Check expiryCheck(JsonNode doc, @Nullable Map<String, Object> claims) {
        Instant now = clock.instant();
        Instant from;
        Instant until;
        try {
            from = Instant.parse(doc.path("validFrom").asString(""));
            until = doc.path("validUntil").isMissingNode() ? null : Instant.parse(doc.path("validUntil").asString());
        } catch (java.time.format.DateTimeParseException e) {
            return new Check("expiry", false, "validFrom or validUntil is not a date-time.");
        }
        if (claims != null && (!(claims.get("nbf") instanceof Number nbf) || nbf.longValue() != from.getEpochSecond()
                || (until != null && (!(claims.get("exp") instanceof Number exp)
                || exp.longValue() != until.getEpochSecond())))) {
            return new Check("expiry", false, "The JWT claims nbf/exp do not match validFrom/validUntil.");
        }
        if (now.isBefore(from)) {
            return new Check("expiry", false, "The credential is not valid before " + from + ".");
        }
        if (until != null && !now.isBefore(until)) {
            return new Check("expiry", false, "The credential expired on " + until.minusSeconds(1)
                    .atZone(java.time.ZoneOffset.UTC).toLocalDate() + ".");
        }
        return new Check("expiry", true, "Within its validity period" + (until == null ? "." : ", until "
                + until.minusSeconds(1).atZone(java.time.ZoneOffset.UTC).toLocalDate() + "."));
    }

    private Check statusCheck(JsonNode doc, Optional<Certificate> certificate) {
        JsonNode status = doc.path("credentialStatus");
        if (status.isMissingNode()) {
            return new Check("status", false, "The credential has no credentialStatus, so its revocation cannot "
                    + "be checked; ask the holder for a current download.");
        }
        if (!"BitstringStatusListEntry".equals(status.path("type").asString(""))
                || !"revocation".equals(status.path("statusPurpose").asString(""))
                || !statusList.url().equals(status.path("statusListCredential").asString(""))) {
            return new Check("status", false, "The status entry does not point at this academy's revocation list ("
                    + statusList.url() + ").");
        }
        int index;
        try {
            index = Integer.parseInt(status.path("statusListIndex").asString(""));
        } catch (NumberFormatException e) {
            return new Check("status", false, "statusListIndex is not a number.");
        }
        if (index < 0 || index >= StatusList.SIZE) {
            return new Check("status", false, "statusListIndex is outside the list.");
        }
        Optional<Boolean> revoked = statusList.revoked(index);
        if (revoked.isEmpty()) {
            return new Check("status", false, "The published status list could not be read.");
        }
        if (revoked.get()) {
            String when = certificate.map(Certificate::revokedAt).map(at -> " on " + at.atZone(java.time.ZoneOffset
                    .UTC).toLocalDate()).orElse("");
            String why = certificate.map(Certificate::revocationReason).map(r -> " (" + r + ")").orElse("");
            return new Check("status", false, "Revoked" + when + why + ", per the status list " + statusList.url()
                    + ".");
        }
        return new Check("status", true, "Not revoked, per the status list " + statusList.url() + " (index "
                + index + ").");
    }

    private static CredentialCheck notChecked(List<Check> checks) {
        for (String name : CHECKS) {
            if (checks.stream().noneMatch(c -> c.name().equals(name))) {
                checks.add(new Check(name, false, "Not checked: the credential's signature did not hold."));
            }
        }
        return new CredentialCheck(false, checks, null);
    }

    private Optional<Certificate> certificateOf(@Nullable String credentialId) {
        if (credentialId == null) {
            return Optional.empty();
        }
        String code = credentialId.substring(credentialId.lastIndexOf('/') + 1);
        return CertificateCode.normalise(code).flatMap(certificates::findByCode);
    }
}
