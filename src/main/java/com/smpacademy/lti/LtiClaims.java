package com.smpacademy.lti;

/** Claim names and vocabularies of LTI 1.3 core, Deep Linking 2.0, AGS 2.0 and NRPS 2.0. */
final class LtiClaims {

    static final String PREFIX = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = PREFIX + "message_type";
    static final String VERSION = PREFIX + "version";
    static final String DEPLOYMENT_ID = PREFIX + "deployment_id";
    static final String TARGET_LINK_URI = PREFIX + "target_link_uri";
    static final String RESOURCE_LINK = PREFIX + "resource_link";
    static final String ROLES = PREFIX + "roles";
    static final String CONTEXT = PREFIX + "context";
    static final String CUSTOM = PREFIX + "custom";
    static final String DL_PREFIX = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String DEEP_LINKING_SETTINGS = DL_PREFIX + "deep_linking_settings";
    static final String DL_CONTENT_ITEMS = DL_PREFIX + "content_items";
    static final String DL_DATA = DL_PREFIX + "data";
    static final String DL_MSG = DL_PREFIX + "msg";
    static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    static final String LTI_VERSION = "1.3.0";

    static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String SCOPE_LINEITEM_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    static final String CUSTOM_TARGET = "smp_target";

    private LtiClaims() {
    }
}
