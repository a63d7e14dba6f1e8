package com.smpacademy.lti;

/** The tool's HTTP endpoints, as the LMS is told them. */
final class LtiEndpoints {

    static final String BASE = "/lti";
    /** OIDC third-party login initiation (GET and POST). */
    static final String LOGIN = BASE + "/login";
    /** The redirect (launch) URL the id_token is posted to. */
    static final String LAUNCH = BASE + "/launch";
    /** Where the LMS starts Deep Linking (the same launch endpoint; the message type tells them apart). */
    static final String DEEP_LINK_LAUNCH = BASE + "/launch";
    /** The picker an instructor chooses content from, and its submit. */
    static final String DEEP_LINK_PICKER = BASE + "/deep-link";
    /** The tool's public keys. */
    static final String JWKS = BASE + "/jwks.json";
    /** After a launch: continue inside the frame, or offer a new window where cookies were blocked. */
    static final String CONTINUE = BASE + "/continue";
    /** The new-window fallback: a one-time hand-off link. */
    static final String HANDOFF = BASE + "/handoff";

    private LtiEndpoints() {
    }
}
