package com.smpacademy.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The academy's credential keys: an ES256 (P-256) key generated at first start and kept in the database; every key,
 * retired ones included, is published at {@code /.well-known/jwks.json} so credentials signed before a rotation
 * still verify. Credentials are JWS compact serialisations (VC-JOSE: {@code typ: vc+jwt}).
 */
@Component
@Order(20)
class CredentialSigner implements ApplicationRunner {

    private final SigningKeyRepository keys;
    private final TransactionTemplate tx;
    private final Clock clock;

    CredentialSigner(SigningKeyRepository keys, TransactionTemplate tx, Clock clock) {
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> activeKey());
    }

    /** Signs the credential document; returns the compact JWS and the key id used. */
    @Transactional
    public Signed sign(Map<String, Object> credential) {
        SigningKey key = activeKey();
        try {
            ECKey ec = ECKey.parse(key.privateJwk());
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId())
                    .type(new JOSEObjectType("vc+jwt")).contentType("vc").build();
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(credential));
            jwt.sign(new ECDSASigner(ec));
            return new Signed(jwt.serialize(), key.keyId());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot sign the credential", e);
        }
    }

    record Signed(String jws, String keyId) {
    }

    /** Generates a new key and retires the current one (its public key stays published). */
    @Transactional
    public String rotate() {
        keys.active().forEach(k -> k.retire(clock.instant()));
        return create().keyId();
    }

    /** The public keys, as a JWK set. */
    @Transactional(readOnly = true)
    public String jwks() {
        List<com.nimbusds.jose.jwk.JWK> list = keys.findAll().stream().map(k -> {
            try {
                return (com.nimbusds.jose.jwk.JWK) ECKey.parse(k.publicJwk());
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        return new JWKSet(list).toString(true);
    }

    /** Checks a JWS against our keys: the parsed claims if the signature holds, else why not. */
    @Transactional(readOnly = true)
    public Verified verify(String compact) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(compact.trim());
        } catch (ParseException e) {
            return new Verified(false, "The credential is not a signed JWT (compact JWS).", null);
        }
        String kid = jwt.getHeader().getKeyID();
        Optional<SigningKey> key = kid == null ? Optional.empty() : keys.findById(kid);
        if (key.isEmpty()) {
            return new Verified(false, "The credential was not signed with a key of this academy.", null);
        }
        try {
            boolean ok = JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                    && jwt.verify(new ECDSAVerifier(ECKey.parse(key.get().publicJwk())));
            if (!ok) {
                return new Verified(false, "The signature does not match: the credential was altered or forged.",
                        null);
            }
            return new Verified(true, "The signature is valid.", jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException e) {
            return new Verified(false, "The signature does not match: the credential was altered or forged.", null);
        }
    }

    record Verified(boolean signatureValid, String message, @Nullable JWTClaimsSet claims) {
    }

    private SigningKey activeKey() {
        List<SigningKey> active = keys.active();
        return active.isEmpty() ? create() : active.get(0);
    }

    private SigningKey create() {
        try {
            String kid = "smp-" + UUID.randomUUID().toString().substring(0, 13);
            ECKey ec = new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate();
            return keys.save(new SigningKey(kid, "ES256", ec.toPublicJWK().toJSONString(), ec.toJSONString(),
                    clock.instant()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
