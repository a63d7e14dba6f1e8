package com.smpacademy.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Access tokens from each platform's token endpoint (1EdTech Security Framework 4.1: the client-credentials grant
 * with a JWT bearer assertion signed by the tool key), cached per platform and scope until shortly before expiry.
 */
@Component
class PlatformTokens {

    private record Cached(String token, Instant expiresAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ToolKeys keys;
    private final LtiHttp http;
    private final Clock clock;

    PlatformTokens(ToolKeys keys, LtiHttp http, Clock clock) {
        this.keys = keys;
        this.http = http;
        this.clock = clock;
    }

    String token(LtiPlatform platform, String scope) throws IOException {
        String cacheKey = platform.id() + " " + platform.tokenUrl() + " " + scope;
        Cached c = cache.get(cacheKey);
        Instant now = clock.instant();
        if (c != null && c.expiresAt().isAfter(now)) {
            return c.token();
        }
        String assertion = keys.sign(new JWTClaimsSet.Builder().issuer(platform.clientId())
                .subject(platform.clientId()).audience(platform.tokenUrl()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString())
                .build());
        LtiHttp.Response r = http.postForm(platform.tokenUrl(), Map.of("grant_type", "client_credentials",
                "client_assertion_type", LtiClaims.CLIENT_ASSERTION_TYPE, "client_assertion", assertion,
                "scope", scope));
        if (!r.ok()) {
            throw new IOException("The LMS token endpoint answered HTTP " + r.status() + ": " + abbreviate(r.body()));
        }
        Map<String, Object> body;
        try {
            body = com.nimbusds.jose.util.JSONObjectUtils.parse(r.body());
        } catch (java.text.ParseException e) {
            throw new IOException("The LMS token endpoint did not answer JSON", e);
        }
        if (!(body.get("access_token") instanceof String token) || token.isEmpty()) {
            throw new IOException("The LMS token endpoint sent no access_token");
        }
        long expiresIn = body.get("expires_in") instanceof Number n ? n.longValue() : 3600;
        // a margin so a token never expires between our check and the LMS's
        cache.put(cacheKey, new Cached(token, now.plusSeconds(Math.max(0, expiresIn - 30))));
        return token;
    }

    void forget(LtiPlatform platform) {
        cache.keySet().removeIf(k -> k.startsWith(platform.id() + " "));
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
