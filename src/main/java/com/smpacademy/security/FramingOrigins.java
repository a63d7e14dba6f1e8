package com.smpacademy.security;

import java.util.Set;

/**
 * Origins (scheme://host[:port]) that may show the app in a frame: the security configuration allows these in the
 * Content-Security-Policy {@code frame-ancestors} directive and nothing else (no bean, or an empty set: the app
 * cannot be framed at all). A feature that embeds the app elsewhere (LTI launches inside an LMS) provides a bean.
 */
public interface FramingOrigins {

    /** The origins allowed to frame the app now; read on every page response, so keep it cheap (cached). */
    Set<String> origins();
}
