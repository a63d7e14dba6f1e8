package com.smpacademy.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.smpacademy.security.KeyEncryption;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tool's own RSA key pair (LTI 1.3 requires RS256): signs client-credentials assertions and deep-linking
 * responses. Created at first start, private part sealed under the key-encryption key ({@link KeyEncryption},
 * bound to its key id); rotation keeps the
 * retired key published for {@link #RETIRED_KEPT} so tokens signed just before a rotation still verify.
 */
@Component
@Order(21)
class ToolKeys implements ApplicationRunner {

    static final Duration RETIRED_KEPT = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final KeyEncryption protection;
    private final TransactionTemplate tx;
    private final Clock clock;

    ToolKeys(JdbcTemplate jdbc, KeyEncryption protection, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> activeKey());
    }

    /** Signs the claims with the active key ({@code typ: JWT}, {@code kid} set). */
    @Transactional
    public String sign(JWTClaimsSet claims) {
        RSAKey key = activeKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with the tool key", e);
        }
    }

    /** The active key and the still-published retired ones, public parts only. */
    @Transactional(readOnly = true)
    public String jwks() {
        Instant cutoff = clock.instant().minus(RETIRED_KEPT);
        List<JWK> keys = jdbc.queryForList("select public_jwk from lti_tool_key where retired_at is null "
                + "or retired_at > ? order by created_at desc", String.class, Timestamp.from(cutoff))
                .stream().map(ToolKeys::parse).toList();
        return new JWKSet(keys).toString(true);
    }

    /** The active public key as PEM, for platforms that want a key pasted rather than a JWKS URL. */
    @Transactional
    public String publicKeyPem() {
        try {
            byte[] der = activeKey().toRSAPublicKey().getEncoded();
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
            return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public String activeKeyId() {
        return activeKey().getKeyID();
    }

    /** A new active key; the old one is retired (still published for a week). */
    @Transactional
    public String rotate() {
        jdbc.update("update lti_tool_key set retired_at = ? where retired_at is null", Timestamp.from(clock.instant()));
        return create().getKeyID();
    }

    private RSAKey activeKey() {
        List<RSAKey> active = jdbc.query("select key_id, private_jwk from lti_tool_key where retired_at is null "
                + "order by created_at desc", (rs, n) -> (RSAKey) protection.openJwk(rs.getString("private_jwk"),
                        context(rs.getString("key_id"))));
        return active.isEmpty() ? create() : active.get(0);
    }

    private RSAKey create() {
        try {
            String kid = "lti-" + UUID.randomUUID().toString().substring(0, 13);
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
            jdbc.update("insert into lti_tool_key (key_id, public_jwk, private_jwk, created_at) values (?, ?, ?, ?)",
                    kid, key.toPublicJWK().toJSONString(), protection.sealJwk(key, context(kid)),
                    Timestamp.from(clock.instant()));
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the tool key", e);
        }
    }

    private static String context(String kid) {
        return "lti_tool_key:" + kid;
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored tool key is unreadable", e);
        }
    }
}
