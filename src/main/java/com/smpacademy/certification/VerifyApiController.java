package com.smpacademy.certification;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public verification API: {@code GET /api/v1/verify/{code}} (200 for a known code whatever its status, 404
 * unknown, 400 malformed) and {@code POST /api/v1/verify/credential} (the body is the {@code .jwt} text, the
 * {@code .json} credential file, or JSON {@code {"credential": "..."}}; each check is reported on its own), plus the academy's public keys at {@code /.well-known/jwks.json}.
 */
@RestController
class VerifyApiController {

    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    /** The most codes one batch request may carry. */
    static final int BATCH_MAX = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final VerificationService verification;
    private final CredentialSigner signer;
    private final VerifyRateLimiter rateLimit;

    VerifyApiController(VerificationService verification, CredentialSigner signer, VerifyRateLimiter rateLimit) {
        this.verification = verification;
        this.signer = signer;
        this.rateLimit = rateLimit;
    }

    /**
     * {@code POST /api/v1/verify/batch} with {@code {"codes": ["SMP-…", …]}} (at most 100): one result per code, in
     * order, each shaped as the single GET answers it plus {@code query} (the code as sent) and {@code httpStatus}
     * (what the single GET would have answered). Every code counts against the caller's rate limit.
     */
    @PostMapping(value = "/api/v1/verify/batch", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verifyBatch(@RequestBody(required = false) String body,
                                                    HttpServletRequest request) {
        List<String> codes = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(body == null ? "" : body);
            JsonNode array = root == null ? null : root.isArray() ? root : root.get("codes");
            if (array == null || !array.isArray()) {
                return badRequest("missing_codes", "Send JSON {\"codes\": [\"SMP-7KQ2-M9XD-4\", ...]}.");
            }
            for (JsonNode n : array) {
                if (!n.isString()) {
                    return badRequest("malformed_codes", "Every code must be a JSON string.");
                }
                codes.add(n.asString());
            }
        } catch (JacksonException e) {
            return badRequest("malformed_json", "The request body is not valid JSON. Send {\"codes\": [...]}.");
        }
        if (codes.isEmpty()) {
            return badRequest("missing_codes", "Send at least one code.");
        }
        if (codes.size() > BATCH_MAX) {
            return badRequest("too_many_codes", "Send at most " + BATCH_MAX + " codes per request; this one has "
                    + codes.size() + ".");
        }
        VerifyRateLimiter.Decision decision = rateLimit.consume(request, codes.size());
        long retry = decision.retryAfterSeconds();
        if (!decision.allowed()) {
            return ResponseEntity.status(429).header("Retry-After", Long.toString(retry))
                    .body(Map.of("error", "rate_limited", "message", "These " + codes.size() + " look-ups would "
                            + "exceed your address's limit. Try again in " + retry + " seconds."));
        }
        List<VerificationService.Lookup> answers = verification.verifyAll(codes);
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("query", codes.get(i));
            switch (answers.get(i)) {
                case VerificationService.Found f -> {
                    one.put("httpStatus", 200);
                    one.putAll(json(f.certificate()));
                }
                case VerificationService.Unknown u -> {
                    one.put("httpStatus", 404);
                    one.putAll(notFound(u.code()));
                }
                case VerificationService.Malformed m -> {
                    one.put("httpStatus", 400);
                    one.put("error", "malformed_code");
                    one.put("message", m.message());
                }
            }
            results.add(one);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("results", results));
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String error, String message) {
        return ResponseEntity.badRequest().body(Map.of("error", error, "message", message));
    }

    static Map<String, Object> notFound(String code) {
        return Map.of("error", "not_found", "message", "No certificate has the code " + code
                + ". It may have been mistyped, or it was not issued by this academy.");
    }

    @GetMapping(value = "/api/v1/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(@PathVariable String code) {
        return switch (verification.verify(code)) {
            case VerificationService.Found f -> ResponseEntity.ok().cacheControl(SHORT).body(json(f.certificate()));
            case VerificationService.Unknown u -> ResponseEntity.status(404).cacheControl(SHORT)
                    .body(notFound(u.code()));
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
