package com.smpacademy.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Who may frame a page, decided by {@link FramingOrigins} alone: {@code Content-Security-Policy: frame-ancestors}
 * with those origins, and {@code X-Frame-Options: DENY} only when there are none (X-Frame-Options cannot name
 * origins, and its SAMEORIGIN/DENY would block the LMS frame that frame-ancestors allows). Replace Spring
 * Security's default frame options with this writer ({@code headers.frameOptions(f -> f.disable())}).
 * Where another policy already set a CSP header, frame-ancestors is appended to it.
 */
public final class FrameAncestorsHeaderWriter implements HeaderWriter {

    private final Supplier<Set<String>> origins;

    public FrameAncestorsHeaderWriter(Supplier<Set<String>> origins) {
        this.origins = origins;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        Set<String> allowed = origins.get();
        String directive = allowed.isEmpty() ? "frame-ancestors 'none'"
                : "frame-ancestors 'self' " + String.join(" ", allowed);
        String existing = response.getHeader("Content-Security-Policy");
        if (existing == null || existing.isBlank()) {
            response.setHeader("Content-Security-Policy", directive);
        } else if (!existing.contains("frame-ancestors")) {
            response.setHeader("Content-Security-Policy", existing + "; " + directive);
        }
        if (allowed.isEmpty()) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }
}
