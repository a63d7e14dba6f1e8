package com.smpacademy.certification;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The official Open Badges 3.0 AchievementCredential JSON Schema (1EdTech, v3.0.3, draft 2019-09), shipped in the
 * jar so validation never fetches anything, and the rules the schema leaves out.
 */
@Component
public class CredentialSchema {

    private final Schema schema;

    CredentialSchema() {
        try (InputStream in = CredentialSchema.class.getResourceAsStream(
                "/standards/ob_v3p0_achievementcredential_schema.json")) {
            if (in == null) {
                throw new IllegalStateException("The Open Badges 3.0 schema is missing from the jar.");
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the credential breaks the official schema (empty: it conforms). */
    public List<String> violations(JsonNode credential) {
        return schema.validate(credential).stream().map(Error::toString).toList();
    }

    /**
     * Open Badges 3.0 rules the schema cannot express: the subject has an {@code id} or an {@code identifier};
     * the issuer is a Profile with a URI {@code id}; a status entry names its list and index.
     */
    public List<String> specRuleViolations(JsonNode credential) {
        List<String> out = new java.util.ArrayList<>();
        JsonNode subject = credential.path("credentialSubject");
        boolean hasId = subject.path("id").isString() && !subject.path("id").asString().isBlank();
        boolean hasIdentifier = subject.path("identifier").isArray() && !subject.path("identifier").isEmpty();
        if (!hasId && !hasIdentifier) {
            out.add("credentialSubject has neither id nor identifier");
        }
        JsonNode issuer = credential.path("issuer");
        if (!issuer.isObject() || !containsType(issuer.path("type"), "Profile")) {
            out.add("issuer is not a Profile object");
        } else if (!isAbsoluteUri(issuer.path("id").asString(""))) {
            out.add("issuer.id is not an absolute URI");
        }
        JsonNode status = credential.path("credentialStatus");
        if (!status.isMissingNode()) {
            if (!"BitstringStatusListEntry".equals(status.path("type").asString(""))) {
                out.add("credentialStatus is not a BitstringStatusListEntry");
            }
            if (!isAbsoluteUri(status.path("statusListCredential").asString(""))) {
                out.add("credentialStatus.statusListCredential is not a URL");
            }
            if (!status.path("statusListIndex").asString("").matches("\\d{1,9}")) {
                out.add("credentialStatus.statusListIndex is not a non-negative integer string");
            }
        }
        return out;
    }

    static boolean containsType(JsonNode type, String wanted) {
        if (type.isString()) {
            return wanted.equals(type.asString());
        }
        for (JsonNode t : type) {
            if (wanted.equals(t.asString(""))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAbsoluteUri(String s) {
        try {
            java.net.URI u = new java.net.URI(s);
            return u.isAbsolute() && u.getScheme() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
