package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/verify/batch} over real HTTP: mixed results, malformed bodies, 101 codes, the rate limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "academy.verify.rate-limit-per-minute=150")
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class, CertificationTestAccess.class})
class VerifyBatchApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify/batch"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String code) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify/" + code))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> codesOf(String email) {
        return jdbc.queryForList("select c.code from certificate c join user_account u on u.id = c.holder_id "
                + "where u.email = ? order by c.issued_at", String.class, email);
    }

    @Test
    void aBatchAnswersEveryCodeInOrderInTheShapeOfTheSingleLookupAndCountsEachCodeAgainstTheLimit()
            throws Exception {
        String valid = codesOf(TestUsers.TRAINEE).get(0);
        List<String> priya = codesOf("trainee2@academy.test");
        String typo = valid.substring(0, valid.length() - 1) + (valid.endsWith("0") ? "1" : "0");
        List<String> codes = new ArrayList<>(List.of(valid, typo, "SMP-0000-0000-0"));
        codes.addAll(priya);
        HttpResponse<String> response = post(JSON.writeValueAsString(java.util.Map.of("codes", codes)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("no-store"));
        JsonNode results = JSON.readTree(response.body()).get("results");
        assertThat(results.size()).isEqualTo(codes.size());

        JsonNode first = results.get(0);
        JsonNode single = JSON.readTree(get(valid).body());
        assertThat(first.get("query").asString()).isEqualTo(valid);
        assertThat(first.get("httpStatus").asInt()).isEqualTo(200);
        single.properties().forEach(e -> assertThat(first.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue()));
        assertThat(response.body()).doesNotContain("@academy.test");

        assertThat(results.get(1).get("httpStatus").asInt()).isEqualTo(400);
        assertThat(results.get(1).get("error").asString()).isEqualTo("malformed_code");
        assertThat(results.get(1).get("message").asString()).contains("check character");
        assertThat(results.get(2).get("httpStatus").asInt()).isEqualTo(404);
        assertThat(results.get(2).get("error").asString()).isEqualTo("not_found");
        List<String> statuses = new ArrayList<>();
        for (int i = 3; i < results.size(); i++) {
            statuses.add(results.get(i).get("status").asString());
        }
        assertThat(statuses).contains("expired", "revoked");

        // limit 150 a minute: the lookups above used 1 + codes.size(); a full batch of 100 still fits once ...
        List<String> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(valid);
        }
        String full = JSON.writeValueAsString(java.util.Map.of("codes", hundred));
        assertThat(post(full).statusCode()).isEqualTo(200);
        // ... but not twice in one minute: every code counts, not every request (a third try covers a minute
        // boundary falling between the two)
        HttpResponse<String> limited = post(full);
        if (limited.statusCode() == 200) {
            limited = post(full);
        }
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("rate_limited");
    }

    @Test
    void malformedJsonMissingCodesNonStringCodesAndMoreThanAHundredCodesAreRefusedWith400() throws Exception {
        HttpResponse<String> broken = post("{\"codes\": [\"SMP-");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("malformed_json");
        assertThat(post("{\"code\": \"x\"}").body()).contains("missing_codes");
        assertThat(post("{\"codes\": []}").statusCode()).isEqualTo(400);
        assertThat(post("{\"codes\": [1, 2]}").body()).contains("malformed_codes");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("SMP-0000-0000-0");
        }
        HttpResponse<String> tooMany = post(JSON.writeValueAsString(java.util.Map.of("codes", many)));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("too_many_codes", "at most 100", "101");
        // a bare JSON array is accepted too
        assertThat(post("[\"SMP-0000-0000-0\"]").statusCode()).isEqualTo(200);
    }
}
