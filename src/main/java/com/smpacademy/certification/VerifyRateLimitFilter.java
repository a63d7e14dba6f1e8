package com.smpacademy.certification;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client limit on public verification look-ups ({@code academy.verify.rate-limit-per-minute}, default 60; 0
 * turns it off): a fixed one-minute window per client address, answered with 429 and {@code Retry-After} when
 * exceeded. Per node by design: with codes of 40 random bits, a few nodes' worth of look-ups changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class VerifyRateLimitFilter extends OncePerRequestFilter {

    private final int perMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    VerifyRateLimitFilter(@Value("${academy.verify.rate-limit-per-minute:60}") int perMinute) {
        this.perMinute = perMinute;
    }

    private record Window(long minute, AtomicInteger count) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        // the batch API counts each of its codes itself, through tryConsume
        return perMinute <= 0 || !(path.startsWith("/api/v1/verify/")) || path.equals(BATCH_PATH);
    }

    static final String BATCH_PATH = "/api/v1/verify/batch";

    /**
     * Takes {@code lookUps} from the client's allowance for this minute: 0 when granted, otherwise the seconds until
     * it may try again (nothing is taken then). The one call the batch API makes, so the limiter can change
     * underneath it.
     */
    long tryConsume(String client, int lookUps) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        Window w = windows.compute(client, (k, old) -> old == null || old.minute() != minute
                ? new Window(minute, new AtomicInteger()) : old);
        int before = w.count().getAndAccumulate(lookUps, (cur, n) -> cur + n > perMinute ? cur : cur + n);
        if (before + lookUps > perMinute) {
            return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
        }
        return 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        String client = request.getRemoteAddr();
        Window w = windows.compute(client, (k, old) -> old == null || old.minute() != minute
                ? new Window(minute, new AtomicInteger()) : old);
        if (w.count().incrementAndGet() > perMinute) {
            long retry = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retry));
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"rate_limited\",\"message\":\"Too many look-ups from your "
                    + "address. Try again in " + retry + " seconds.\"}");
            return;
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
        chain.doFilter(request, response);
    }
}
