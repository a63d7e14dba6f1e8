package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.smpacademy.support.SpringTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every credential the academy has issued (the demo ones included) against the official Open Badges 3.0 schema,
 * the rules the schema leaves out, and the JWT proof format of OB 3.0 §8.2.
 */
@SpringTest
class CredentialConformanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CredentialSchema schema;
    @Autowired
    StatusListService statusList;
    @Autowired
    CredentialSigner signer;
    @Autowired
    CredentialUrls urls;

    private List<String> credentials() {
        List<String> all = jdbc.queryForList("select credential from certificate", String.class);
        assertThat(all).as("demo certificates exist").hasSizeGreaterThanOrEqualTo(3);
        return all;
    }

    @Test
    void everyIssuedCredentialPassesTheOfficialSchemaAndTheSpecRules() throws Exception {
        for (String jws : credentials()) {
            JsonNode doc = JSON.valueToTree(SignedJWT.parse(jws).getPayload().toJSONObject());
            assertThat(schema.violations(doc)).as("schema violations of %s", doc.path("id")).isEmpty();
            assertThat(schema.specRuleViolations(doc)).as("spec rules of %s", doc.path("id")).isEmpty();
            JsonNode identity = doc.path("credentialSubject").path("identifier").get(0);
            assertThat(identity.path("identityType").asString()).isEqualTo("emailAddress");
            assertThat(identity.path("hashed").asBoolean()).isTrue();
            assertThat(identity.path("identityHash").asString()).matches("sha256\\$[0-9a-f]{64}");
            assertThat(doc.path("credentialSubject").path("name").asString()).isNotBlank();
            assertThat(doc.toString()).doesNotContain("@academy.test");
            JsonNode achievement = doc.path("credentialSubject").path("achievement");
            String program = achievement.path("criteria").path("id").asString();
            assertThat(program).startsWith(urls.base() + "/programs/");
            String courseId = program.substring(program.lastIndexOf('/') + 1);
            assertThat(achievement.path("image").path("id").asString()).isEqualTo(urls.badge(courseId));
            assertThat(doc.path("evidence")).hasSize(3);
            assertThat(doc.path("credentialSchema").get(0).path("id").asString()).isEqualTo(CredentialUrls.SCHEMA);
        }
    }

    @Test
    void theJwtFollowsTheOpenBadgesProofFormat() throws Exception {
        for (String jws : credentials()) {
            SignedJWT jwt = SignedJWT.parse(jws);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
            assertThat(jwt.getHeader().getKeyID()).startsWith(urls.base() + CredentialSigner.KEYS_PATH);
            // OB 3.0: "Additional JOSE Headers are NOT allowed"
            assertThat(jwt.getHeader().toJSONObject().keySet()).isSubsetOf(Set.of("alg", "kid", "typ", "jwk"));
            Map<String, Object> p = jwt.getPayload().toJSONObject();
            assertThat(p).doesNotContainKey("vc");
            assertThat(p.get("iss")).isEqualTo(((Map<?, ?>) p.get("issuer")).get("id"));
            assertThat(p.get("jti")).isEqualTo(p.get("id"));
            assertThat(((Number) p.get("nbf")).longValue()).isEqualTo(Instant.parse((String) p.get("validFrom"))
                    .getEpochSecond());
            assertThat(((Number) p.get("exp")).longValue()).isEqualTo(Instant.parse((String) p.get("validUntil"))
                    .getEpochSecond());
            assertThat(signer.verify(jws).signatureValid()).isTrue();
        }
    }

    @Test
    void everyStatusEntryResolvesToAPlaceInThePublishedList() throws Exception {
        SignedJWT list = SignedJWT.parse(statusList.current());
        assertThat(signer.verify(list.serialize()).signatureValid()).isTrue();
        Map<String, Object> subject = list.getJWTClaimsSet().getJSONObjectClaim("credentialSubject");
        assertThat(subject.get("statusPurpose")).isEqualTo("revocation");
        byte[] bits = StatusList.decode((String) subject.get("encodedList"));
        assertThat(bits.length * 8).isEqualTo(StatusList.SIZE).isGreaterThanOrEqualTo(131_072);
        for (String jws : credentials()) {
            JsonNode status = JSON.valueToTree(SignedJWT.parse(jws).getPayload().toJSONObject())
                    .path("credentialStatus");
            assertThat(status.path("statusListCredential").asString()).isEqualTo(urls.statusList());
            int index = Integer.parseInt(status.path("statusListIndex").asString());
            assertThat(index).isBetween(0, StatusList.SIZE - 1);
            assertThat(status.path("id").asString()).isEqualTo(urls.statusList() + "#" + index);
        }
        List<Integer> revoked = jdbc.queryForList(
                "select status_index from certificate where revoked_at is not null", Integer.class);
        assertThat(revoked).isNotEmpty().allMatch(i -> StatusList.isSet(bits, i));
        jdbc.queryForList("select status_index from certificate where revoked_at is null", Integer.class)
                .forEach(i -> assertThat(StatusList.isSet(bits, i)).isFalse());
    }

    @Test
    void theBitstringPutsIndexZeroInTheLeftmostBit() {
        byte[] bits = StatusList.decode(StatusList.encode(List.of(0, 9, StatusList.SIZE - 1)));
        assertThat(bits[0]).isEqualTo((byte) 0x80);
        assertThat(bits[1]).isEqualTo((byte) 0x40);
        assertThat(bits[bits.length - 1]).isEqualTo((byte) 0x01);
        assertThat(StatusList.isSet(bits, 8)).isFalse();
    }

    @Test
    void aSchemaViolationIsReported() {
        JsonNode broken = JSON.readTree("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":"
                + "[\"VerifiableCredential\"],\"issuer\":\"not a profile\",\"credentialSubject\":{}}");
        assertThat(schema.violations(broken)).isNotEmpty();
        assertThat(schema.specRuleViolations(broken)).contains("credentialSubject has neither id nor identifier",
                "issuer is not a Profile object");
    }
}
