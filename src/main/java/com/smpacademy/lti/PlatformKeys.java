package com.smpacademy.lti;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each platform's public keys from its JWKS URL, cached per node for {@link #MAX_AGE}; a {@code kid} not in the
 * cache makes one fresh fetch (at most every {@link #MIN_REFETCH}, so forged kids cannot make us hammer the LMS).
 */
@Component
class PlatformKeys {

    static final Duration MAX_AGE = Duration.ofHours(1);
    static final Duration MIN_REFETCH = Duration.ofSeconds(10);

    private record Cached(String jwksUrl, JWKSet keys, Instant fetchedAt) {
    }

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final LtiHttp http;
    private final Clock clock;

    PlatformKeys(LtiHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** The platform's key with this id, fetching its JWKS again if the id is not known yet. */
    Optional<JWK> key(LtiPlatform platform, String kid) throws IOException {
        Cached cached = cache.get(platform.id());
        Instant now = clock.instant();
        boolean usable = cached != null && cached.jwksUrl().equals(platform.jwksUrl())
                && cached.fetchedAt().plus(MAX_AGE).isAfter(now);
        if (usable && cached.keys().getKeyByKeyId(kid) != null) {
            return Optional.of(cached.keys().getKeyByKeyId(kid));
        }
        if (usable && cached.fetchedAt().plus(MIN_REFETCH).isAfter(now)) {
            return Optional.empty();
        }
        Cached fresh = new Cached(platform.jwksUrl(), fetch(platform.jwksUrl()), now);
        cache.put(platform.id(), fresh);
        return Optional.ofNullable(fresh.keys().getKeyByKeyId(kid));
    }

    private JWKSet fetch(String url) throws IOException {
        LtiHttp.Response r = http.get(url, "application/json", "");
        if (!r.ok()) {
            throw new IOException("The LMS key set answered HTTP " + r.status());
        }
        try {
            return JWKSet.parse(r.body());
        } catch (ParseException e) {
            throw new IOException("The LMS key set is not a JWK set", e);
        }
    }
}
