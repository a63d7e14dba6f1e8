package com.smpacademy.lti;

import org.jspecify.annotations.Nullable;

/**
 * What the admin typed on the LMS connections page, before validation. Deployment ids and frame origins are one per
 * line (commas and spaces also separate them).
 */
public record PlatformDraft(@Nullable String name, @Nullable String issuer, @Nullable String clientId,
                            @Nullable String deploymentIds, @Nullable String authUrl, @Nullable String tokenUrl,
                            @Nullable String jwksUrl, @Nullable String frameOrigins, boolean allowAdmin) {

    public static PlatformDraft empty() {
        return new PlatformDraft("", "", "", "", "", "", "", "", false);
    }

    static PlatformDraft of(LtiPlatform p) {
        return new PlatformDraft(p.name(), p.issuer(), p.clientId(), String.join("\n", p.deploymentIds()),
                p.authUrl(), p.tokenUrl(), p.jwksUrl(), String.join("\n", p.frameOrigins()), p.allowAdmin());
    }
}
