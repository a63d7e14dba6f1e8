package com.smpacademy.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.smpacademy.security.KeyEncryption;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The academy's credential keys. Open Badges 3.0 §8.2 (JSON Web Token Proof Format) requires RS256 as the one
 * algorithm every verifier supports ("other algorithms … limit interoperability") and allows no JOSE header but
 * {@code alg}, {@code kid} (a URI that dereferences to the public JWK), {@code jwk} and {@code typ} ("JWT"), so new
 * keys are RSA 2048 / RS256; the ES256 keys of the first release stay published (retired) so what they signed still
 * verifies. Private keys are stored sealed with {@link KeyEncryption}; start-up stops if they do not open.
 */
@Component
@Order(20)
class CredentialSigner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CredentialSigner.class);
    static final String KEYS_PATH = "/credentials/keys/";

    private final SigningKeyRepository keys;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final KeyEncryption encryption;
    private final String publicUrl;

    CredentialSigner(SigningKeyRepository keys, TransactionTemplate tx, Clock clock, KeyEncryption encryption,
                     @Value("${academy.public-url:http://localhost:8080}") String publicUrl) {
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
        this.encryption = encryption;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Seals plain-text private keys left by the first release, proves every sealed key opens with the configured
     * key-encryption key (else start-up stops: issuing with a silently new key would orphan every credential), and
     * moves signing to an RS256 key if the active one is not.
     */
    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> prepareKeys());
    }

    void prepareKeys() {
        for (SigningKey k : keys.findAll()) {
            String plain = k.plainPrivateJwk();
            if (k.sealedPrivateJwk() == null && plain != null && !plain.isBlank()) {
                k.seal(encryption.seal(plain, context(k)));
                log.info("Signing key {}: private key now stored encrypted (key-encryption key {}).", k.keyId(),
                        encryption.fingerprint());
            }
            try {
                privateKey(k);
            } catch (KeyEncryption.KeyEncryptionException e) {
                throw new KeyEncryption.KeyEncryptionException("Refusing to start: the credential-signing key "
                        + k.keyId() + " cannot be decrypted. " + e.getMessage());
            }
        }
        List<SigningKey> active = keys.active();
        if (active.isEmpty() || !"RS256".equals(active.get(0).algorithm())) {
            active.forEach(k -> k.retire(clock.instant()));
            SigningKey created = create();
            log.info("Credential signing now uses RS256 key {}{}.", created.keyId(), active.isEmpty() ? ""
                    : " (the ES256 key stays published so what it signed still verifies)");
        }
    }

    /** Signs a claims set (a credential with its JWT claims); returns the compact JWS and the key id used. */
    @Transactional
    public Signed sign(Map<String, Object> claims) {
        SigningKey key = activeKey();
        try {
            RSAKey rsa = privateKey(key).toRSAKey();
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID())
                    .type(JOSEObjectType.JWT).build();
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(rsa));
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

    /** The public keys, retired ones included, as a JWK set. */
    @Transactional(readOnly = true)
    public String jwks() {
        return new JWKSet(keys.findAll().stream().map(CredentialSigner::publicKey).toList()).toString(true);
    }

    /** One public key, for dereferencing a {@code kid} URI. */
    @Transactional(readOnly = true)
    public Optional<String> publicJwk(String keyId) {
        return keys.findById(keyId).map(k -> publicKey(k).toJSONString());
    }

    /** Checks a JWS against our keys: the parsed claims if the signature holds, else why not. */
    @Transactional(readOnly = true)
    public Verified verify(String compact) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(compact.trim());
        } catch (ParseException e) {
            return new Verified(false, "The credential is not a signed JWT (compact JWS).", null, null);
        }
        String kid = jwt.getHeader().getKeyID();
        Optional<SigningKey> key = kid == null ? Optional.empty() : keys.findById(keyIdOf(kid));
        if (key.isEmpty()) {
            return new Verified(false, "The credential was not signed with a key of this academy.", null, kid);
        }
        try {
            JWK pub = publicKey(key.get());
            JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
            JWSVerifier verifier = pub instanceof RSAKey r ? new RSASSAVerifier(r)
                    : new ECDSAVerifier((ECKey) pub);
            boolean ok = alg.getName().equals(key.get().algorithm()) && jwt.verify(verifier);
            if (!ok) {
                return new Verified(false, "The signature does not match: the credential was altered or forged.",
                        null, kid);
            }
            return new Verified(true, "Signed with the academy's " + alg + " key " + kid + ".",
                    jwt.getJWTClaimsSet(), kid);
        } catch (ParseException | JOSEException e) {
            return new Verified(false, "The signature does not match: the credential was altered or forged.", null,
                    kid);
        }
    }

    record Verified(boolean signatureValid, String message, @Nullable JWTClaimsSet claims, @Nullable String kid) {
    }

    /** The key id in our table for a {@code kid} header: the last segment of the key URI, or the id itself. */
    static String keyIdOf(String kid) {
        int at = kid.lastIndexOf(KEYS_PATH);
        return at < 0 ? kid : kid.substring(at + KEYS_PATH.length());
    }

    private JWK privateKey(SigningKey key) {
        String sealed = key.sealedPrivateJwk();
        if (sealed == null) {
            throw new KeyEncryption.KeyEncryptionException("The signing key " + key.keyId() + " has no stored "
                    + "private key.");
        }
        return encryption.openJwk(sealed, context(key));
    }

    private static JWK publicKey(SigningKey k) {
        try {
            return JWK.parse(k.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key " + k.keyId() + " has an unreadable public key", e);
        }
    }

    private static String context(SigningKey k) {
        return "signing_key:" + k.keyId();
    }

    private SigningKey activeKey() {
        List<SigningKey> active = keys.active();
        return active.isEmpty() ? create() : active.get(0);
    }

    private SigningKey create() {
        try {
            String id = "smp-" + UUID.randomUUID().toString().substring(0, 13);
            RSAKey rsa = new RSAKeyGenerator(2048).keyID(publicUrl + KEYS_PATH + id).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            SigningKey key = new SigningKey(id, "RS256", rsa.toPublicJWK().toJSONString(), null, clock.instant());
            key.seal(encryption.sealJwk(rsa, "signing_key:" + id));
            return keys.save(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
