package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The holder's downloads, the public credential addresses and the verify API on uploaded files. */
@SpringTest
class CredentialEndpointsTest {

    @Autowired
    CredentialsController credentials;
    @Autowired
    VerifyApiController verifyApi;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    private String samsCode() {
        return jdbc.queryForObject("select c.code from certificate c join user_account u on u.id = c.holder_id "
                + "where u.email = ? and c.revoked_at is null order by c.issued_on desc limit 1", String.class,
                TestUsers.TRAINEE);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> checks(ResponseEntity<Map<String, Object>> answer) {
        return (List<Map<String, Object>>) answer.getBody().get("checks");
    }

    @Test
    void theHolderDownloadsTheJwtAndTheJsonFromStableAddresses() {
        String code = samsCode();
        users.loginAs(TestUsers.TRAINEE);
        ResponseEntity<byte[]> jwt = credentials.jwt(code);
        assertThat(jwt.getHeaders().getContentDisposition().getFilename()).isEqualTo(code + ".jwt");
        assertThat(jwt.getHeaders().getContentType().toString()).isEqualTo("application/vc+jwt");
        assertThat(new String(jwt.getBody(), StandardCharsets.UTF_8)).isEqualTo(jdbc.queryForObject(
                "select credential from certificate where code = ?", String.class, code));
        String json = new String(credentials.json(code).getBody(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"AchievementCredential\"", "\"credentialStatus\"").doesNotContain("\"iss\"");
    }

    @Test
    void anotherTraineeCannotDownloadSomeoneElsesCredential() {
        String code = samsCode();
        users.loginAs("trainee2@academy.test");
        assertThatThrownBy(() -> credentials.jwt(code)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theVerifyApiChecksTheJsonFileAndReportsEveryCheck() {
        String code = samsCode();
        users.loginAs(TestUsers.TRAINEE);
        String json = new String(credentials.json(code).getBody(), StandardCharsets.UTF_8);
        users.logout();
        ResponseEntity<Map<String, Object>> answer = verifyApi.verifyCredential(json);
        assertThat(answer.getBody().get("valid")).isEqualTo(true);
        assertThat(checks(answer)).extracting(c -> c.get("check"))
                .containsExactly("signature", "schema", "issuer", "expiry", "status");
        ResponseEntity<Map<String, Object>> altered = verifyApi.verifyCredential(json.replace("Sam", "Sal"));
        assertThat(altered.getBody().get("valid")).isEqualTo(false);
        assertThat(checks(altered).get(0).get("message").toString()).contains("altered");
    }

    @Test
    void theVerifyApiTakesTheJwtOrAWrappedJwt() {
        String jws = jdbc.queryForObject("select credential from certificate where code = ?", String.class,
                samsCode());
        assertThat(verifyApi.verifyCredential(jws).getBody().get("valid")).isEqualTo(true);
        assertThat(verifyApi.verifyCredential("{\"credential\": \"" + jws + "\"}").getBody().get("valid"))
                .isEqualTo(true);
        assertThat(verifyApi.verifyCredential("").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theBadgeStatusListAndIssuerAreServedPubliclyWithCacheHeaders() {
        ResponseEntity<String> badge = credentials.badge("smp-practitioner");
        assertThat(badge.getBody()).startsWith("<svg").contains("Certified SMP");
        assertThat(credentials.badge("nope").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> list = credentials.statusList();
        assertThat(list.getHeaders().getCacheControl()).contains("max-age=60");
        assertThat(list.getBody().split("\\.")).hasSize(3);
        assertThat(credentials.issuer().getBody()).containsEntry("type", List.of("Profile"));
    }
}
