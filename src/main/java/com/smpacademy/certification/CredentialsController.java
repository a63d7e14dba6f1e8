package com.smpacademy.certification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The stable addresses a credential points at, public and without login: the status list, each signing key (a
 * {@code kid} URI dereferences to its JWK), the issuer profile and the program badge. And, for the signed-in holder
 * (their instructors, admins), the credential itself as {@code .jwt} and {@code .json}.
 */
@RestController
class CredentialsController {

    private static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final StatusListService statusList;
    private final CredentialSigner signer;
    private final CertificationService certification;
    private final CredentialUrls urls;

    CredentialsController(StatusListService statusList, CredentialSigner signer, CertificationService certification,
                          CredentialUrls urls) {
        this.statusList = statusList;
        this.signer = signer;
        this.certification = certification;
        this.urls = urls;
    }

    /** The signed revocation list: short public caching, so a revocation reaches verifiers within a minute. */
    @GetMapping(CredentialUrls.STATUS_LIST_PATH)
    ResponseEntity<String> statusList() {
        return ResponseEntity.ok().contentType(VC_JWT)
                .cacheControl(CacheControl.maxAge(Duration.ofMillis(StatusListService.TTL_MILLIS)).cachePublic())
                .body(statusList.current());
    }

    @GetMapping(value = CredentialSigner.KEYS_PATH + "{keyId}", produces = "application/jwk+json")
    ResponseEntity<String> key(@PathVariable String keyId) {
        return signer.publicJwk(keyId).map(jwk -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(jwk))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/credentials/issuer", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> issuer() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        p.put("id", urls.issuer());
        p.put("type", List.of("Profile"));
        p.put("name", certification.academyName());
        p.put("url", urls.base());
        p.put("description", "Training and certification for scalp micropigmentation artists. Credentials are "
                + "signed with the keys at " + urls.base() + "/.well-known/jwks.json; revocations are published at "
                + urls.statusList() + ".");
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(p);
    }

    /** The program's badge, drawn from its name, so a wallet never shows a blank image. */
    @GetMapping(value = "/credentials/badges/{courseId}.svg", produces = "image/svg+xml")
    ResponseEntity<String> badge(@PathVariable String courseId) {
        CertificationService.PublicProgram p;
        try {
            p = certification.publicProgram(courseId);
        } catch (com.smpacademy.common.RuleViolationException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(BadgeSvg.render(p.name(), p.academyName()));
    }

    @GetMapping("/api/v1/me/credentials/{code}.jwt")
    ResponseEntity<byte[]> jwt(@PathVariable String code) {
        return download(code + ".jwt", VC_JWT, certification.credentialJws(code));
    }

    @GetMapping("/api/v1/me/credentials/{code}.json")
    ResponseEntity<byte[]> json(@PathVariable String code) {
        return download(code + ".json", MediaType.APPLICATION_JSON, certification.credentialJson(code));
    }

    private static ResponseEntity<byte[]> download(String name, MediaType type, String body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name)
                        .build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps user-provided text out of markup. */
    static String escape(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
