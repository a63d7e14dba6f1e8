package com.smpacademy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's defences on every response, set first (before the verify fast path, Spring Security and Vaadin) so
 * that no response goes out without them, error pages included.
 *
 * <ul>
 *   <li><b>Pages</b> (Vaadin's bootstrap page for every route, the login page, error pages): a Content-Security-Policy
 *   with what Vaadin 25 needs and nothing more — {@code script-src 'self' 'unsafe-inline' 'unsafe-eval'} (the
 *   bootstrap page starts the client engine with an inline script, and the engine builds functions from the
 *   expressions the server sends) and {@code style-src 'self' 'unsafe-inline'}; everything else from our own
 *   origin only, no plugins, forms post only to us. {@code frame-ancestors} lists the {@link FramingOrigins}
 *   (none: {@code 'none'}); {@code X-Frame-Options: DENY} is sent only when no origin may frame the app, because an
 *   XFO header would contradict an allowed LMS origin (browsers that know CSP ignore XFO then anyway).</li>
 *   <li><b>API, photos, course assets</b>: {@code default-src 'none'; frame-ancestors 'none'}, so a response opened
 *   directly runs nothing and cannot be framed (a controller may replace it with a stricter one).</li>
 *   <li><b>Everywhere</b>: {@code Referrer-Policy: strict-origin-when-cross-origin} (certificate codes in URLs never
 *   reach third parties), {@code X-Content-Type-Options: nosniff}, a {@code Permissions-Policy} that turns off
 *   the powerful features, and HSTS when the request came over HTTPS.</li>
 * </ul>
 *
 * <p>Camera: Vaadin navigates inside one document, so a policy sent with one URL holds for every view reached from
 * it; a header on the clinic roster's URL alone would not reach a roster opened from the dashboard. Pages therefore
 * allow {@code camera=(self)} — our own origin only, never a frame of another origin, and the browser still asks
 * the person — and every non-page response allows nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BrowserDefences extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BrowserDefences.class);

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors ";
    static final String RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_OFF = "accelerometer=(), autoplay=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), serial=(), hid=(), "
            + "bluetooth=(), publickey-credentials-get=(), screen-wake-lock=(), xr-spatial-tracking=()";
    static final String PAGE_PERMISSIONS = "camera=(self), " + PERMISSIONS_OFF;
    static final String RESOURCE_PERMISSIONS = "camera=(), " + PERMISSIONS_OFF;
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Responses that are data, not documents to run. */
    private static final List<String> RESOURCE_PREFIXES = List.of("/api/", "/.well-known/", "/actuator/",
            "/practice-photos/", "/course-assets/");
    /** Static files and Vaadin's bundle and downloads: subresources, whose CSP would have no effect. */
    private static final List<String> STATIC_PREFIXES = List.of("/VAADIN/", "/styles/", "/components/", "/images/",
            "/icons/", "/favicon.ico", "/sw.js", "/manifest.webmanifest", "/offline.html");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");
    private static final String FRAME_OPTIONS = "X-Frame-Options";

    private final ObjectProvider<FramingOrigins> framingOrigins;

    BrowserDefences(ObjectProvider<FramingOrigins> framingOrigins) {
        this.framingOrigins = framingOrigins;
    }

    enum Kind { PAGE, RESOURCE, STATIC }

    static Kind kindOf(String path) {
        if (RESOURCE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return Kind.RESOURCE;
        }
        if (STATIC_PREFIXES.stream().anyMatch(path::startsWith)) {
            return Kind.STATIC;
        }
        return Kind.PAGE;
    }

    /** The origins allowed to frame the app, each checked to be a bare origin (nothing else gets into the header). */
    Set<String> allowedFramers() {
        Set<String> origins = new LinkedHashSet<>();
        framingOrigins.orderedStream().forEach(bean -> {
            for (String origin : bean.origins()) {
                String o = origin.strip();
                if (o.endsWith("/")) {
                    o = o.substring(0, o.length() - 1);
                }
                if (ORIGIN.matcher(o).matches()) {
                    origins.add(o);
                } else {
                    log.warn("Ignored framing origin {}: not scheme://host[:port]", origin);
                }
            }
        });
        return origins;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page is a response too
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Kind kind = kindOf(path);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        boolean framable = false;
        switch (kind) {
            case PAGE -> {
                Set<String> framers = allowedFramers();
                framable = !framers.isEmpty();
                response.setHeader("Content-Security-Policy",
                        PAGE_POLICY + (framable ? String.join(" ", framers) : "'none'"));
                response.setHeader("Permissions-Policy", PAGE_PERMISSIONS);
            }
            case RESOURCE -> {
                response.setHeader("Content-Security-Policy", RESOURCE_POLICY);
                response.setHeader("Permissions-Policy", RESOURCE_PERMISSIONS);
            }
            case STATIC -> response.setHeader("Permissions-Policy", RESOURCE_PERMISSIONS);
        }
        if (!framable) {
            response.setHeader(FRAME_OPTIONS, "DENY");
        }
        // Spring Security and Vaadin each have their own idea of X-Frame-Options; the one above is the only one
        chain.doFilter(request, new FrameOptionsGuard(response));
    }

    /** Drops X-Frame-Options set further down the chain, which would contradict frame-ancestors. */
    private static final class FrameOptionsGuard extends HttpServletResponseWrapper {

        FrameOptionsGuard(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
