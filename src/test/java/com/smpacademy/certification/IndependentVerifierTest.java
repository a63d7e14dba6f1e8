package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verifier that knows nothing of our code: given only the JWKS URL and the status-list URL, it checks the files
 * holders have, over HTTP, with Nimbus and plain JSON, and tells valid, expired and revoked apart. The app runs on
 * a real port that is also its public URL, so the URLs inside the credentials are the ones fetched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndependentVerifierTest {

    private static final int PORT = freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final String JWKS_URL = BASE + "/.well-known/jwks.json";
    private static final String STATUS_URL = BASE + "/credentials/status/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry r) {
        r.add("server.port", () -> PORT);
        r.add("academy.public-url", () -> BASE);
        // its own database: the credentials in it name this server's URLs, not those of other test contexts
        r.add("spring.datasource.url", () -> "jdbc:h2:mem:independent-verifier;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    CertificationService certification;

    /** What the independent verifier concludes. */
    enum Verdict { VALID, EXPIRED, REVOKED, INVALID }

    @Test
    @Order(1)
    void tellsValidExpiredAndRevokedApartFromTheJwksAndTheStatusListAlone() throws Exception {
        Map<String, Verdict> byHolderCode = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select code, credential from certificate")) {
            byHolderCode.put((String) row.get("code"), verify((String) row.get("credential")));
        }
        assertThat(byHolderCode.values()).contains(Verdict.VALID, Verdict.EXPIRED, Verdict.REVOKED)
                .doesNotContain(Verdict.INVALID);
        for (Map<String, Object> row : jdbc.queryForList(
                "select code, revoked_at, expires_on from certificate")) {
            Verdict expected = row.get("revoked_at") != null ? Verdict.REVOKED
                    : java.time.LocalDate.parse(row.get("expires_on").toString()).isBefore(
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC)) ? Verdict.EXPIRED : Verdict.VALID;
            assertThat(byHolderCode.get((String) row.get("code"))).as((String) row.get("code")).isEqualTo(expected);
        }
    }

    @Test
    @Order(3)
    void aRevocationIsVisibleInThePublishedListAtOnce() throws Exception {
        users.loginAs(TestUsers.ADMIN);
        String code = jdbc.queryForObject("select c.code from certificate c join user_account u on u.id = "
                + "c.holder_id where u.email = ? and c.revoked_at is null", String.class, TestUsers.TRAINEE);
        String jws = jdbc.queryForObject("select credential from certificate where code = ?", String.class, code);
        assertThat(verify(jws)).isEqualTo(Verdict.VALID);
        certification.revoke(code, "Holder's request", null);
        assertThat(verify(jws)).isEqualTo(Verdict.REVOKED);
        HttpResponse<String> list = get(STATUS_URL);
        assertThat(list.headers().firstValue("Cache-Control").orElse("")).contains("max-age=60");
    }

    @Test
    @Order(2)
    void aTamperedCredentialIsInvalid() throws Exception {
        String jws = jdbc.queryForList("select credential from certificate", String.class).get(0);
        String[] parts = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("Certified SMP Practitioner",
                "Master SMP Trainer");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertThat(verify(forged)).isEqualTo(Verdict.INVALID);
    }

    private Verdict verify(String compact) throws Exception {
        JWKSet jwks = JWKSet.parse(get(JWKS_URL).body());
        SignedJWT jwt = SignedJWT.parse(compact);
        if (!signatureHolds(jwt, jwks)) {
            return Verdict.INVALID;
        }
        JsonNode vc = JSON.readTree(jwt.getPayload().toString());
        if (!vc.path("iss").asString("").equals(vc.path("issuer").path("id").asString())
                || !vc.path("jti").asString("").equals(vc.path("id").asString())) {
            return Verdict.INVALID;
        }
        JsonNode status = vc.path("credentialStatus");
        if (!STATUS_URL.equals(status.path("statusListCredential").asString(""))
                || !"BitstringStatusListEntry".equals(status.path("type").asString(""))) {
            return Verdict.INVALID;
        }
        SignedJWT list = SignedJWT.parse(get(status.path("statusListCredential").asString()).body());
        if (!signatureHolds(list, jwks)) {
            return Verdict.INVALID;
        }
        String encoded = JSON.readTree(list.getPayload().toString()).path("credentialSubject")
                .path("encodedList").asString();
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(
                encoded.substring(1)))).readAllBytes();
        int index = Integer.parseInt(status.path("statusListIndex").asString());
        if ((bits[index / 8] & (0x80 >> (index % 8))) != 0) {
            return Verdict.REVOKED;
        }
        Instant now = Instant.now();
        if (now.isBefore(Instant.ofEpochSecond(vc.path("nbf").asLong()))) {
            return Verdict.INVALID;
        }
        return now.isBefore(Instant.ofEpochSecond(vc.path("exp").asLong())) ? Verdict.VALID : Verdict.EXPIRED;
    }

    private static boolean signatureHolds(SignedJWT jwt, JWKSet jwks) throws Exception {
        JWK key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        if (key == null) {
            return false;
        }
        JWSVerifier verifier = key instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier(key.toECKey());
        return jwt.verify(verifier);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
