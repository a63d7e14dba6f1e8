package com.smpacademy.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks an id_token as LTI 1.3 core (5.1.3, 5.3 and 5.4) and the 1EdTech Security Framework (5.1.3) require, in
 * that order, failing closed with the first check that does not hold: RS256 signature by a key from the platform's
 * JWKS, {@code iss}, {@code aud} / {@code azp}, {@code exp} / {@code iat} with {@link #LEEWAY}, {@code nonce} (the
 * one we issued, used once), LTI {@code version}, {@code message_type}, registered {@code deployment_id}, the
 * {@code target_link_uri} the login started with, then what each message type must carry.
 */
@Component
class IdTokenValidator {

    static final Duration LEEWAY = Duration.ofSeconds(60);
    /** A token issued longer ago than this is refused even if the platform gave it a long life. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final PlatformKeys platformKeys;
    private final LaunchStates states;
    private final Clock clock;

    IdTokenValidator(PlatformKeys platformKeys, LaunchStates states, Clock clock) {
        this.platformKeys = platformKeys;
        this.states = states;
        this.clock = clock;
    }

    JWTClaimsSet validate(String idToken, LtiPlatform platform, LaunchStates.Pending pending) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken.trim());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRefused("The id_token is not a signed JWT", "The LMS sent something that is not an "
                    + "LTI 1.3 id_token.");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRefused("Wrong signing algorithm", "LTI 1.3 id_tokens are signed with RS256; this one "
                    + "says " + jwt.getHeader().getAlgorithm() + ".");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRefused("No key id (kid)", "The id_token does not say which LMS key signed it.");
        }
        JWK key;
        try {
            key = platformKeys.key(platform, kid).orElseThrow(() -> new LaunchRefused("Unknown signing key (kid)",
                    "The LMS signed the launch with key \"" + kid + "\", which its public keyset at "
                            + platform.jwksUrl() + " does not contain. Check the public keyset URL of the "
                            + "LMS connection \"" + platform.name() + "\"."));
        } catch (IOException e) {
            throw new LaunchRefused("The LMS public keyset could not be read", "Reading " + platform.jwksUrl()
                    + " failed (" + e.getMessage() + "). Check the public keyset URL of this LMS connection.");
        }
        try {
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                throw new LaunchRefused("Bad signature", "The id_token's signature does not match the LMS key: "
                        + "it was altered or not signed by " + platform.name() + ".");
            }
        } catch (JOSEException e) {
            throw new LaunchRefused("Bad signature", "The id_token's signature could not be checked.");
        }

        if (!platform.issuer().equals(claims.getIssuer())) {
            throw new LaunchRefused("Wrong issuer (iss)", "The id_token comes from \"" + claims.getIssuer()
                    + "\", but the launch started for \"" + platform.issuer() + "\".");
        }
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(platform.clientId())) {
            throw new LaunchRefused("Wrong audience (aud)", "The id_token is meant for " + aud + ", not for this "
                    + "tool's client id \"" + platform.clientId() + "\".");
        }
        String azp = stringClaim(claims, "azp");
        if ((aud.size() > 1 && azp == null) || (azp != null && !azp.equals(platform.clientId()))) {
            throw new LaunchRefused("Wrong authorised party (azp)", "With several audiences the id_token must name "
                    + "this tool's client id as azp; it says \"" + azp + "\".");
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || !exp.toInstant().plus(LEEWAY).isAfter(now)) {
            throw new LaunchRefused("Expired id_token (exp)", "The id_token " + (exp == null ? "has no expiry"
                    : "expired at " + exp.toInstant()) + ". Check the LMS server's clock, then open the link again.");
        }
        if (iat == null || iat.toInstant().minus(LEEWAY).isAfter(now) || iat.toInstant().plus(MAX_AGE).isBefore(now)) {
            throw new LaunchRefused("Issued-at time out of range (iat)", "The id_token was issued at "
                    + (iat == null ? "no stated time" : iat.toInstant()) + ", too far from now (" + now + ").");
        }
        String nonce = stringClaim(claims, "nonce");
        if (nonce == null || !nonce.equals(pending.nonce())) {
            throw new LaunchRefused("Wrong nonce", "The id_token's nonce is not the one this launch was given.");
        }
        if (!states.useNonce(platform.id(), nonce, exp.toInstant().plus(LEEWAY).plus(MAX_AGE))) {
            throw new LaunchRefused("Replayed nonce", "This id_token was already used once. Open the link in the "
                    + "LMS again.");
        }
        if (!LtiClaims.LTI_VERSION.equals(stringClaim(claims, LtiClaims.VERSION))) {
            throw new LaunchRefused("Wrong LTI version", "Only LTI 1.3.0 launches are accepted; this one says \""
                    + stringClaim(claims, LtiClaims.VERSION) + "\".");
        }
        String messageType = stringClaim(claims, LtiClaims.MESSAGE_TYPE);
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType) && !LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
            throw new LaunchRefused("Unsupported message type", "This tool accepts LtiResourceLinkRequest and "
                    + "LtiDeepLinkingRequest; the LMS sent \"" + messageType + "\".");
        }
        String deployment = stringClaim(claims, LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || !platform.deploymentIds().contains(deployment)) {
            throw new LaunchRefused("Unknown deployment", "Deployment \"" + deployment + "\" is not registered "
                    + "for " + platform.name() + ". An admin can add it on the LMS connections page.");
        }
        String target = stringClaim(claims, LtiClaims.TARGET_LINK_URI);
        if (target == null || !target.equals(pending.targetLink())) {
            throw new LaunchRefused("Wrong target link URI", "The id_token's target_link_uri \"" + target
                    + "\" is not the one the login started with.");
        }
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank() || sub.length() > 255) {
            throw new LaunchRefused("No user (sub)", "Anonymous launches are not supported: the LMS must send the "
                    + "user's id.");
        }
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            Map<String, Object> link = objectClaim(claims, LtiClaims.RESOURCE_LINK);
            if (link == null || !(link.get("id") instanceof String id) || id.isBlank()) {
                throw new LaunchRefused("No resource link", "A resource link launch must carry the link's id.");
            }
        } else {
            Map<String, Object> settings = objectClaim(claims, LtiClaims.DEEP_LINKING_SETTINGS);
            if (settings == null || !(settings.get("deep_link_return_url") instanceof String url) || url.isBlank()) {
                throw new LaunchRefused("No deep-linking return URL", "A deep-linking launch must say where to send "
                        + "the chosen content.");
            }
        }
        if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?>)) {
            throw new LaunchRefused("No roles", "The id_token must carry the roles claim (it may be empty).");
        }
        return claims;
    }

    /** The nonce of a token not yet checked, only to tell a replay apart from a stray state. */
    static Optional<String> peekNonce(String idToken) {
        try {
            return Optional.ofNullable(SignedJWT.parse(idToken.trim()).getJWTClaimsSet().getStringClaim("nonce"));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    static String stringClaim(JWTClaimsSet claims, String name) {
        Object v = claims.getClaim(name);
        return v instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> objectClaim(JWTClaimsSet claims, String name) {
        Object v = claims.getClaim(name);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
