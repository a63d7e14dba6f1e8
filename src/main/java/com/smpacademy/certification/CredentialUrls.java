package com.smpacademy.certification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The stable public addresses a credential points at; all under {@code academy.public-url}. */
@Component
class CredentialUrls {

    static final String STATUS_LIST_PATH = "/credentials/status/1";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
            + "ob_v3p0_achievementcredential_schema.json";

    private final String base;

    CredentialUrls(@Value("${academy.public-url:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String base() { return base; }
    String issuer() { return base + "/credentials/issuer"; }
    String statusList() { return base + STATUS_LIST_PATH; }
    String program(String courseId) { return base + "/programs/" + courseId; }
    String achievement(String courseId) { return base + "/programs/" + courseId + "#achievement"; }
    String badge(String courseId) { return base + "/credentials/badges/" + courseId + ".svg"; }
    String verify(String code) { return base + "/verify/" + code; }
}
