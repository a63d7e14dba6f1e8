package com.smpacademy.certification;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public verification API: {@code GET /api/v1/verify/{code}} (200 for a known code whatever its status, 404
 * unknown, 400 malformed) and {@code POST /api/v1/verify/credential} (the body is the {@code .jwt} text, the
 * {@code .json} credential file, or JSON {@code {"credential": "..."}}; each check is reported on its own), plus the academy's public keys at {@code /.well-known/jwks.json}.
 */
@RestController
class VerifyApiController {

    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final VerificationService verification;
    private final CredentialSigner signer;

    VerifyApiController(VerificationService verification, CredentialSigner signer) {
        this.verification = verification;
        this.signer = signer;
    }

    @GetMapping(value = "/api/v1/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(@PathVariable String code) {
        return switch (verification.verify(code)) {
            case VerificationService.Found f -> ResponseEntity.ok().cacheControl(SHORT).body(json(f.certificate()));
            case VerificationService.Unknown u -> ResponseEntity.status(404).cacheControl(SHORT)
                    .body(Map.of("error", "not_found", "message", "No certificate has the code " + u.code()
                            + ". It may have been mistyped, or it was not issued by this academy."));
            case VerificationService.Malformed m -> ResponseEntity.badRequest()
                    .body(Map.of("error", "malformed_code", "message", m.message()));
        };
    }

    @PostMapping(value = "/api/v1/verify/credential", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verifyCredential(@RequestBody(required = false) String body) {
        String text = body == null ? "" : body.trim();
        if (text.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "missing_credential", "message",
                    "Send the credential as the request body: the .jwt text, the .json file, or JSON "
                            + "{\"credential\": \"<jwt>\"}."));
        }
        VerificationService.CredentialCheck check = verification.verifyCredential(text);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", check.valid());
        out.put("checks", check.checks().stream().map(c -> Map.of("check", c.name(), "passed", c.passed(),
                "message", c.message())).toList());
        if (check.certificate() != null) {
            out.put("certificate", json(check.certificate()));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(out);
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .body(signer.jwks());
    }

    static Map<String, Object> json(CertificateView c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", c.code());
        out.put("status", c.status().name().toLowerCase());
        out.put("holder", c.holderName());
        out.put("program", c.programName());
        out.put("issuer", c.issuer());
        out.put("issuedOn", c.issuedOn().toString());
        out.put("expiresOn", c.expiresOn().toString());
        if (c.revokedOn() != null) {
            out.put("revokedOn", c.revokedOn().toString());
            out.put("revocationReason", c.revocationReason());
        }
        out.put("verifyUrl", c.verifyUrl());
        return out;
    }
}
