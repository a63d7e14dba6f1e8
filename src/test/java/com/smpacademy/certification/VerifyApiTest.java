package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The public verification API over real HTTP, with the rate limit set low enough to trip. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "academy.verify.rate-limit-per-minute=8")
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class, CertificationTestAccess.class})
class VerifyApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired CertificationTestAccess access;
    @Autowired CertificationService certification;
    @Autowired TestUsers users;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String demoCode(String email) {
        return jdbc.queryForList("select c.code from certificate c join user_account u on u.id = c.holder_id "
                + "where u.email = ? and c.revoked_at is null and c.expires_on >= current_date "
                + "order by c.issued_on desc", String.class, email).get(0);
    }

    @Test
    void theApiAnswers200ForKnownCodes404ForUnknownAnd400ForMalformedThenLimitsTheRate() throws Exception {
        String valid = demoCode(TestUsers.TRAINEE);
        HttpResponse<String> ok = get("/api/v1/verify/" + valid, "a");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"status\":\"valid\"", "\"holder\":\"Sam Carter\"", valid)
                .doesNotContain("@academy.test");
        assertThat(ok.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("max-age=60"));

        List<String> priya = jdbc.queryForList("select c.code from certificate c join user_account u on u.id = "
                + "c.holder_id where u.email = 'trainee2@academy.test'", String.class);
        String statuses = "";
        for (String code : priya) {
            statuses += get("/api/v1/verify/" + code, "a").body();
        }
        assertThat(statuses).contains("\"status\":\"expired\"", "\"status\":\"revoked\"", "\"revocationReason\"");

        String unknownBody = "00000000";
        String unknown = "SMP-0000-0000-" + CertificateCode.check(unknownBody);
        HttpResponse<String> missing = get("/api/v1/verify/" + unknown, "a");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No certificate has the code");

        String typo = valid.substring(0, valid.length() - 1)
                + (valid.endsWith("0") ? "1" : "0");
        HttpResponse<String> malformed = get("/api/v1/verify/" + typo, "a");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("check character does not match");

        HttpResponse<String> limited = null;
        for (int i = 0; i < 10 && (limited == null || limited.statusCode() != 429); i++) {
            limited = get("/api/v1/verify/" + valid, "a");
        }
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Integer.parseInt(v)).isBetween(1, 60));
    }

    @Test
    void theJwksPublishesTheAcademysPublicKeysOnly() throws Exception {
        HttpResponse<String> jwks = get("/.well-known/jwks.json", "b");
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains("\"kty\":\"RSA\"", "\"alg\":\"RS256\"").doesNotContain("\"d\":")
                .doesNotContain("\"p\":").doesNotContain("\"dp\":");
    }
}
