package com.smpacademy.lti;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One registered LMS (an LTI 1.3 platform), as the admin entered it.
 *
 * @param frameOrigins extra web addresses the LMS shows its pages on (Canvas frames from the school's own domain,
 *                     not from its issuer)
 * @param allowAdmin   whether a platform Administrator role may become an admin here
 * @param sample       a demo registration, shown as such
 */
public record LtiPlatform(long id, String name, String issuer, String clientId, List<String> deploymentIds,
                          String authUrl, String tokenUrl, String jwksUrl, List<String> frameOrigins,
                          boolean allowAdmin, boolean sample) {

    /** The origins that may frame the app for this platform: issuer, authorisation URL and the extra ones. */
    public Set<String> origins() {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(origin(issuer));
        origins.add(origin(authUrl));
        frameOrigins.forEach(o -> origins.add(origin(o)));
        origins.remove("");
        return origins;
    }

    static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
