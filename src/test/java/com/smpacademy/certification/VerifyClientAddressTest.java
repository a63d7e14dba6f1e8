package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whose bucket a look-up costs: behind a trusted proxy (here: one on loopback, the default) each forwarded client
 * has its own, so one clinic behind a proxy does not spend another's; from an untrusted peer the header is ignored,
 * so rotating {@code X-Forwarded-For} buys nothing.
 */
class VerifyClientAddressTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static int get(int port, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/verify/SMP-0000-0000-0")).GET();
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "academy.verify.rate-limit-per-minute=3")
    @ActiveProfiles("test")
    @Import({TestConfig.class, TestUsers.class})
    class BehindATrustedProxy {

        @LocalServerPort int port;

        @Test
        void eachForwardedClientHasItsOwnBucket() throws Exception {
            for (int i = 0; i < 3; i++) {
                assertThat(get(port, "203.0.113.7")).isNotEqualTo(429);
            }
            assertThat(get(port, "203.0.113.7")).isEqualTo(429);
            assertThat(get(port, "198.51.100.20")).isNotEqualTo(429);
            // a client that prepends its own X-Forwarded-For entry is still seen by the address the proxy appended
            assertThat(get(port, "10.9.9.9, 203.0.113.7")).isEqualTo(429);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"academy.verify.rate-limit-per-minute=3",
                    "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1"})
    @ActiveProfiles("test")
    @Import({TestConfig.class, TestUsers.class})
    class FromAnUntrustedPeer {

        @LocalServerPort int port;

        @Test
        void rotatingForwardedForDoesNotEscapeTheLimit() throws Exception {
            int refused = 0;
            for (int i = 0; i < 6; i++) {
                if (get(port, "203.0.113." + i) == 429) {
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(3);
        }
    }
}
