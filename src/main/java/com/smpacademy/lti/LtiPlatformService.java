package com.smpacademy.lti;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LMS connections: the admin registers each LMS (an LTI 1.3 platform) with the values it shows, and reads back what
 * to paste into the LMS. Every value is checked here, whatever the page already did.
 */
@Service
public class LtiPlatformService {

    /** The URLs and key an LMS needs to know about this tool. */
    public record ToolSetup(String loginUrl, String launchUrl, String deepLinkUrl, String jwksUrl, String publicKeyPem,
                            String keyId) {
    }

    private final PlatformStore store;
    private final ToolKeys keys;
    private final LtiFramingOrigins framing;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String publicUrl;

    LtiPlatformService(PlatformStore store, ToolKeys keys, LtiFramingOrigins framing, AuditService audit,
                       CurrentUser currentUser, Clock clock,
                       @Value("${academy.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.keys = keys;
        this.framing = framing;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Every registered LMS, by name. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<LtiPlatform> list() {
        return store.all();
    }

    /** The form values of one registration, for editing. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public PlatformDraft draftOf(long id) {
        return PlatformDraft.of(load(id));
    }

    /**
     * Registers an LMS ({@code id} null) or changes a registration. Errors per field: {@code name}, {@code issuer},
     * {@code clientId}, {@code deploymentIds}, {@code authUrl}, {@code tokenUrl}, {@code jwksUrl},
     * {@code frameOrigins}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public LtiPlatform save(@Nullable Long id, PlatformDraft draft) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = trim(draft.name());
        if (name.length() < 2 || name.length() > 100) {
            errors.add("name", "Give the connection a name of 2 to 100 characters, e.g. \"Academy Moodle\".");
        }
        String issuer = trim(draft.issuer()).replaceAll("/+$", "");
        checkUrl(issuer, "issuer", "the Platform ID (issuer)", errors);
        String clientId = trim(draft.clientId());
        if (clientId.isEmpty() || clientId.length() > 255 || clientId.chars().anyMatch(Character::isWhitespace)) {
            errors.add("clientId", "Paste the Client ID the LMS generated for this tool (no spaces).");
        }
        List<String> deployments = split(draft.deploymentIds());
        if (deployments.isEmpty()) {
            errors.add("deploymentIds", "Paste at least one Deployment ID (one per line).");
        } else if (deployments.stream().anyMatch(d -> d.length() > 255)) {
            errors.add("deploymentIds", "A Deployment ID has at most 255 characters.");
        }
        String authUrl = trim(draft.authUrl());
        checkUrl(authUrl, "authUrl", "the authentication request URL", errors);
        String tokenUrl = trim(draft.tokenUrl());
        checkUrl(tokenUrl, "tokenUrl", "the access token URL", errors);
        String jwksUrl = trim(draft.jwksUrl());
        checkUrl(jwksUrl, "jwksUrl", "the public keyset URL", errors);
        List<String> frames = split(draft.frameOrigins());
        for (String f : frames) {
            if (LtiPlatform.origin(f).isEmpty() || !isHttpsOrLoopback(f)) {
                errors.add("frameOrigins", "\"" + f + "\" is not a web address such as https://school.instructure.com.");
            }
        }
        if (!errors.has("issuer") && !errors.has("clientId") && store.exists(issuer, clientId, id == null ? -1 : id)) {
            errors.add("clientId", "This LMS is already registered with this Client ID.");
        }
        errors.throwIfAny();

        AccountPrincipal admin = currentUser.require();
        LtiPlatform saved;
        if (id == null) {
            LtiPlatform p = new LtiPlatform(0, name, issuer, clientId, deployments, authUrl, tokenUrl, jwksUrl, frames,
                    draft.allowAdmin(), false);
            long newId = store.insert(p, clock.instant());
            saved = load(newId);
            audit.record(AuditEntry.of(AuditAction.LTI_PLATFORM_REGISTERED, admin.id(), admin.email())
                    .target("lti-platform", newId, name).details(issuer + " · client " + clientId));
        } else {
            LtiPlatform old = load(id);
            store.update(new LtiPlatform(id, name, issuer, clientId, deployments, authUrl, tokenUrl, jwksUrl, frames,
                    draft.allowAdmin(), old.sample()));
            saved = load(id);
            audit.record(AuditEntry.of(AuditAction.LTI_PLATFORM_CHANGED, admin.id(), admin.email())
                    .target("lti-platform", id, name).details(issuer + " · client " + clientId));
        }
        framing.refreshAfterCommit();
        return saved;
    }

    /** Removes a registration with its links; accounts and cohorts made through it stay. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        LtiPlatform p = load(id);
        store.delete(id);
        AccountPrincipal admin = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.LTI_PLATFORM_REMOVED, admin.id(), admin.email())
                .target("lti-platform", id, p.name()).details(p.issuer()));
        framing.refreshAfterCommit();
    }

    /** What to paste into the LMS. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ToolSetup toolSetup() {
        return new ToolSetup(publicUrl + LtiEndpoints.LOGIN, publicUrl + LtiEndpoints.LAUNCH,
                publicUrl + LtiEndpoints.DEEP_LINK_LAUNCH, publicUrl + LtiEndpoints.JWKS, keys.publicKeyPem(),
                keys.activeKeyId());
    }

    /** A new tool key; the old one stays published for a week so the LMS can switch. Admins only; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String rotateToolKey() {
        String kid = keys.rotate();
        AccountPrincipal admin = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.LTI_TOOL_KEY_ROTATED, admin.id(), admin.email())
                .target("lti-tool-key", kid, kid));
        return kid;
    }

    private static final Map<String, String> MOODLE_LABELS = Map.of(
            "platform id", "issuer", "client id", "clientId", "deployment id", "deploymentIds",
            "public keyset url", "jwksUrl", "access token url", "tokenUrl", "authentication request url", "authUrl");
    private static final Pattern MOODLE_LINE = Pattern.compile(
            "(?i)^\\s*(platform id|client id|deployment id|public keyset url|access token url|"
                    + "authentication request url)\\s*[:\\t ]\\s*(\\S+)\\s*$");

    /**
     * Reads the "Tool configuration details" Moodle shows (Site administration → Plugins → External tool → Manage
     * tools → the tool's "View configuration details" icon) into the form, keeping what the text does not give.
     * Error field {@code paste} when nothing in the text is recognised.
     */
    public PlatformDraft fillFromMoodle(@Nullable String text, PlatformDraft current) {
        Map<String, String> found = new java.util.HashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            Matcher m = MOODLE_LINE.matcher(line);
            if (m.matches()) {
                found.put(MOODLE_LABELS.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")), m.group(2));
            }
        }
        if (found.isEmpty()) {
            throw InvalidInputException.of("paste", "Nothing recognised. Copy all six lines Moodle shows, from "
                    + "\"Platform ID\" to \"Authentication request URL\".");
        }
        String issuer = found.getOrDefault("issuer", trim(current.issuer()));
        String name = trim(current.name()).isEmpty() && !issuer.isEmpty()
                ? "Moodle " + LtiPlatform.origin(issuer).replaceFirst("^https?://", "") : current.name();
        return new PlatformDraft(name, issuer, found.getOrDefault("clientId", current.clientId()),
                found.getOrDefault("deploymentIds", current.deploymentIds()),
                found.getOrDefault("authUrl", current.authUrl()), found.getOrDefault("tokenUrl", current.tokenUrl()),
                found.getOrDefault("jwksUrl", current.jwksUrl()), current.frameOrigins(), current.allowAdmin());
    }

    /** Canvas Cloud's fixed platform URLs (the client id and deployment id come from the developer key). */
    public PlatformDraft fillCanvasCloud(PlatformDraft current) {
        return new PlatformDraft(trim(current.name()).isEmpty() ? "Canvas" : current.name(),
                "https://canvas.instructure.com", current.clientId(), current.deploymentIds(),
                "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
                "https://sso.canvaslms.com/api/lti/security/jwks", current.frameOrigins(), current.allowAdmin());
    }

    LtiPlatform load(long id) {
        return store.find(id).orElseThrow(() -> new RuleViolationException("This LMS connection no longer exists."));
    }

    private static void checkUrl(String url, String field, String what, InvalidInputException.Collector errors) {
        if (url.isEmpty()) {
            errors.add(field, "Paste " + what + " from the LMS.");
        } else if (url.length() > 1000 || LtiPlatform.origin(url).isEmpty()) {
            errors.add(field, "This is not a web address: paste " + what + " as the LMS shows it.");
        } else if (!isHttpsOrLoopback(url)) {
            errors.add(field, "LTI needs https:// (plain http:// only for a test LMS on this machine).");
        }
    }

    static boolean isHttpsOrLoopback(String url) {
        URI uri = URI.create(url.trim());
        String host = uri.getHost() == null ? "" : uri.getHost();
        return "https".equalsIgnoreCase(uri.getScheme()) || ("http".equalsIgnoreCase(uri.getScheme())
                && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")));
    }

    static List<String> split(@Nullable String text) {
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(trim(text).split("[\\s,]+")));
        parts.remove("");
        return new ArrayList<>(parts);
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.trim();
    }
}
