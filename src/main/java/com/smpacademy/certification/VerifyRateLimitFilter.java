package com.smpacademy.certification;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rate limit ({@link VerifyRateLimiter}) for the verification endpoints that the fast path does not answer
 * (credential checks): one token a request. The single-code GET takes its token in {@link VerifyFastPathFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class VerifyRateLimitFilter extends OncePerRequestFilter {

    private final VerifyRateLimiter limiter;

    VerifyRateLimitFilter(VerifyRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limiter.enabled() || !request.getRequestURI().startsWith("/api/v1/verify/")
                || request.getRequestURI().equals("/api/v1/verify/batch");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiter.consumeOrRefuse(request, response, 1)) {
            chain.doFilter(request, response);
        }
    }
}
