package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The verification API's per-node cache never hides a revocation made on this node. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.verify.rate-limit-per-minute=0", "academy.verify.cache-seconds=60"})
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class, CertificationTestAccess.class})
class VerifyCacheTest {

    @LocalServerPort int port;
    @Autowired CertificationTestAccess access;
    @Autowired CertificationService certification;
    @Autowired TestUsers users;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String ignored) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRevocationShowsAtOnceDespiteTheVerificationCache() throws Exception {
        String code = access.issueWithoutChecks(TestUsers.TRAINEE);
        assertThat(get("/api/v1/verify/" + code, "c").body()).contains("\"status\":\"valid\"");
        users.loginAs(TestUsers.ADMIN);
        try {
            certification.revoke(code, "Issued in error", null);
        } finally {
            users.logout();
        }
        assertThat(get("/api/v1/verify/" + code, "c").body()).contains("\"status\":\"revoked\"",
                "Issued in error");
    }

}
