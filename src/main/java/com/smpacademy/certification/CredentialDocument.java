package com.smpacademy.certification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Open Badges 3.0 (v3.0.3, on VC Data Model 2.0) AchievementCredential of a certificate, with the JWT claims of
 * OB 3.0 §8.2 at the top level of the same object (the JWT payload is the credential itself, no {@code vc} claim):
 * {@code iss} = {@code issuer.id}, {@code jti} = {@code id}, {@code nbf} = {@code validFrom}, {@code exp} =
 * {@code validUntil}. There is no {@code sub}: the subject has no {@code id}, it is identified by a salted hash of
 * the holder's email ({@code identifier}).
 */
final class CredentialDocument {

    /** JWT registered claims that the payload carries beside the credential's own properties. */
    static final Set<String> JWT_CLAIMS = Set.of("iss", "sub", "jti", "nbf", "exp", "iat", "aud");
    private static final SecureRandom RANDOM = new SecureRandom();

    record Facts(String code, String holderName, String holderEmail, String courseId, String programName,
                 String academyName, LocalDate issuedOn, LocalDate expiresOn, int statusIndex, String salt,
                 String criteriaNarrative, List<String> moduleTitles, Map<String, Double> approvedHoursBySetting,
                 @Nullable LocalDate practicalAssessedOn) {
    }

    private CredentialDocument() {
    }

    static String newSalt() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** {@code sha256$} + hex SHA-256 of the lower-cased email followed by the salt (OB IdentityHash). */
    static String identityHash(String email, String salt) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((email.trim().toLowerCase(Locale.ROOT) + salt)
                    .getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> build(Facts f, CredentialUrls urls) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", urls.badge(f.courseId()));
        image.put("type", "Image");
        image.put("caption", f.programName() + " badge, " + f.academyName());

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", urls.achievement(f.courseId()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certification");
        achievement.put("name", f.programName());
        achievement.put("description", "Certified scalp micropigmentation practitioner of " + f.academyName()
                + ": safe, convincing SMP on real clients, assessed in supervised practice.");
        achievement.put("criteria", Map.of("id", urls.program(f.courseId()), "narrative", f.criteriaNarrative()));
        achievement.put("image", image);
        achievement.put("creator", issuer(f, urls));

        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", identityHash(f.holderEmail(), f.salt()));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", f.salt());

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("name", f.holderName());
        subject.put("achievement", achievement);

        Instant from = f.issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = f.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", urls.statusList() + "#" + f.statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(f.statusIndex()));
        status.put("statusListCredential", urls.statusList());

        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        vc.put("id", urls.verify(f.code()));
        vc.put("type", List.of("VerifiableCredential", "AchievementCredential"));
        vc.put("name", f.programName());
        vc.put("description", f.holderName() + " holds the " + f.programName() + " of " + f.academyName()
                + ", certificate " + f.code() + ".");
        vc.put("issuer", issuer(f, urls));
        vc.put("validFrom", from.toString());
        vc.put("validUntil", until.toString());
        vc.put("credentialSubject", subject);
        vc.put("evidence", evidence(f));
        vc.put("credentialStatus", status);
        vc.put("credentialSchema", List.of(Map.of("id", CredentialUrls.SCHEMA, "type",
                "1EdTechJsonSchemaValidator2019")));
        vc.put("iss", urls.issuer());
        vc.put("jti", urls.verify(f.code()));
        vc.put("nbf", from.getEpochSecond());
        vc.put("exp", until.getEpochSecond());
        return vc;
    }

    /** The credential without the JWT claims: the {@code .json} a holder downloads. */
    static Map<String, Object> unsecured(Map<String, Object> payload) {
        Map<String, Object> out = new LinkedHashMap<>(payload);
        JWT_CLAIMS.forEach(out::remove);
        return out;
    }

    private static Map<String, Object> issuer(Facts f, CredentialUrls urls) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", urls.issuer());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", f.academyName());
        issuer.put("url", urls.base());
        return issuer;
    }

    private static List<Map<String, Object>> evidence(Facts f) {
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("type", List.of("Evidence"));
        modules.put("name", "Modules completed");
        modules.put("narrative", "Every lesson read and the module quiz passed: " + String.join("; ",
                f.moduleTitles()) + ".");
        modules.put("genre", "Course modules");
        StringBuilder hours = new StringBuilder("Practice hours approved by an instructor: ");
        f.approvedHoursBySetting().forEach((setting, h) -> hours.append(setting).append(" ")
                .append(h == Math.rint(h) ? String.format(Locale.ROOT, "%.0f", h) : String.format(Locale.ROOT,
                        "%.1f", h)).append(" h; "));
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("type", List.of("Evidence"));
        practice.put("name", "Supervised practice");
        practice.put("narrative", hours.substring(0, hours.length() - 2) + ".");
        practice.put("genre", "Practice log");
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("type", List.of("Evidence"));
        assessment.put("name", "Practical assessment");
        assessment.put("narrative", f.practicalAssessedOn() == null
                ? "No practical assessment on record for this certificate."
                : "Supervised practical assessment passed on " + f.practicalAssessedOn() + ".");
        assessment.put("genre", "Practical assessment");
        return List.of(modules, practice, assessment);
    }
}
