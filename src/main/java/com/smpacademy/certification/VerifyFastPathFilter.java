package com.smpacademy.certification;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.time.Duration;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves {@code GET /api/v1/verify/{code}} ahead of the web framework: the endpoint is public and stateless, so
 * it needs neither the security filter chain, MVC nor the HTTP observation filter (profiling under load showed the
 * observation's tags and timers costing more than the answer), and answers from a bounded per-node Caffeine cache of
 * the JSON, kept {@code academy.verify.cache-seconds} (default 5) after it was written. A revocation evicts its entry
 * on the node that made it at once; other nodes follow within the cache time (documented in the README). Takes the
 * client's rate-limit token first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerifyFastPathFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/api/v1/verify/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Cached(int status, byte[] body) {
    }

    private final VerificationService verification;
    private final VerifyRateLimiter limiter;
    private final Cache<String, Cached> cache;

    VerifyFastPathFilter(VerificationService verification, VerifyRateLimiter limiter,
                         @Value("${academy.verify.cache-seconds:5}") int cacheSeconds) {
        this.verification = verification;
        this.limiter = limiter;
        this.cache = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterWrite(Duration.ofSeconds(Math.max(0, cacheSeconds)))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || !uri.startsWith(PREFIX) || uri.indexOf('/', PREFIX.length()) >= 0
                || uri.length() == PREFIX.length() || uri.length() > PREFIX.length() + 40;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limiter.consumeOrRefuse(request, response, 1)) {
            return;
        }
        String typed = java.net.URLDecoder.decode(request.getRequestURI().substring(PREFIX.length()),
                StandardCharsets.UTF_8);
        Cached hit = cache.get(typed, this::answer);
        response.setStatus(hit.status());
        response.setContentType("application/json");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", hit.status() == 400 ? "no-store" : "max-age=60, public");
        response.setContentLength(hit.body().length);
        response.getOutputStream().write(hit.body());
    }

    /** Forgets a code's cached answer (after a revocation). */
    void evict(String code) {
        cache.asMap().keySet().removeIf(k -> CertificateCode.normalise(k).map(code::equals).orElse(false));
    }

    private Cached answer(String typed) {
        Object body;
        int status;
        switch (verification.verify(typed)) {
            case VerificationService.Found f -> {
                status = 200;
                body = VerifyApiController.json(f.certificate());
            }
            case VerificationService.Unknown u -> {
                status = 404;
                body = Map.of("error", "not_found", "message", "No certificate has the code " + u.code()
                        + ". It may have been mistyped, or it was not issued by this academy.");
            }
            case VerificationService.Malformed m -> {
                status = 400;
                body = Map.of("error", "malformed_code", "message", m.message());
            }
        }
        return new Cached(status, JSON.writeValueAsBytes(body));
    }
}
