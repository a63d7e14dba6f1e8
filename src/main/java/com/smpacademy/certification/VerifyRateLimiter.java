package com.smpacademy.certification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The per-client limit on public verification look-ups: a Bucket4j token bucket per client address holding
 * {@code academy.verify.rate-limit-per-minute} tokens (default 60; 0 turns the limit off), refilled gradually at that
 * rate, so a clinic may check a burst of codes and then keeps the average rate. Each code looked up costs one token
 * (a batch of 100 costs 100). The client address is the servlet's remote address: behind a reverse proxy Tomcat
 * takes it from {@code X-Forwarded-For} only when the proxy is trusted ({@code server.forward-headers-strategy} and
 * {@code server.tomcat.remoteip.internal-proxies}), so rotating that header from outside changes nothing.
 * Buckets live per node in a bounded Caffeine cache and are forgotten two minutes after their last use: with codes of
 * 40 random bits, a few nodes' worth of look-ups changes nothing for enumeration.
 */
@Component
public class VerifyRateLimiter {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(2))
            .build();

    VerifyRateLimiter(@Value("${academy.verify.rate-limit-per-minute:60}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** The answer to a look-up of {@code codes} codes: allowed, or refused with the seconds until enough tokens. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    /** Takes {@code codes} tokens from the client's bucket, or none and says when to retry. */
    public Decision consume(HttpServletRequest request, int codes) {
        if (perMinute <= 0 || codes <= 0) {
            return new Decision(true, 0);
        }
        if (codes > perMinute) {
            return new Decision(false, 60);
        }
        Bucket bucket = buckets.get(request.getRemoteAddr(), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(codes);
        if (probe.isConsumed()) {
            return new Decision(true, 0);
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Decision(false, seconds);
    }

    /**
     * Takes the tokens, or writes the 429 answer with {@code Retry-After} and returns false.
     */
    public boolean consumeOrRefuse(HttpServletRequest request, HttpServletResponse response, int codes)
            throws IOException {
        Decision d = consume(request, codes);
        if (d.allowed()) {
            return true;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(d.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        byte[] body = ("{\"error\":\"rate_limited\",\"message\":\"Too many look-ups from your address. Try again in "
                + d.retryAfterSeconds() + " seconds.\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return false;
    }
}
