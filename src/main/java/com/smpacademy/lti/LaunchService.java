package com.smpacademy.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.Role;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.course.CourseService;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OIDC login initiation and launch. A launch is checked completely ({@link IdTokenValidator}) before anything is
 * written; then, in one transaction, the LMS user is linked to an account (created on first launch), the LMS course
 * to a cohort and the resource link to what it opens.
 */
@Service
class LaunchService {

    static final Duration HANDOFF_LIFETIME = Duration.ofMinutes(2);

    /** Deep-linking settings kept in the instructor's session until they have picked content. */
    record DeepLinkRequest(long platformId, String deploymentId, String returnUrl, @Nullable String data,
                           List<String> acceptTypes, boolean acceptMultiple, boolean acceptLineItem)
            implements Serializable {
    }

    record Started(String redirectUrl, String state, String browserSecret) {
    }

    record Outcome(AccountPrincipal principal, String path, @Nullable DeepLinkRequest deepLink, String handoff) {
    }

    private final PlatformStore platforms;
    private final LaunchStates states;
    private final IdTokenValidator validator;
    private final LinkStore links;
    private final AccountService accounts;
    private final CohortService cohorts;
    private final CourseService courses;
    private final AuditService audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    LaunchService(PlatformStore platforms, LaunchStates states, IdTokenValidator validator, LinkStore links,
                  AccountService accounts, CohortService cohorts, CourseService courses, AuditService audit,
                  TransactionTemplate tx, Clock clock) {
        this.platforms = platforms;
        this.states = states;
        this.validator = validator;
        this.links = links;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.courses = courses;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Third-party login initiation (LTI 1.3 core 5.1.1, OIDC 4): finds the registration, checks the target is
     * ours, and sends the browser to the platform's authorisation endpoint with a fresh state and nonce.
     */
    @Transactional
    public Started initiate(@Nullable String issuer, @Nullable String loginHint, @Nullable String targetLinkUri,
                            @Nullable String messageHint, @Nullable String clientId, @Nullable String deploymentId,
                            String toolOrigin) {
        if (issuer == null || issuer.isBlank() || loginHint == null || loginHint.isBlank()
                || targetLinkUri == null || targetLinkUri.isBlank()) {
            throw new LaunchRefused("Incomplete login request", "The LMS must send iss, login_hint and "
                    + "target_link_uri to start a launch.");
        }
        List<LtiPlatform> candidates = platforms.byIssuer(issuer.trim()).stream()
                .filter(p -> clientId == null || clientId.isBlank() || p.clientId().equals(clientId))
                .filter(p -> deploymentId == null || deploymentId.isBlank() || p.deploymentIds().contains(deploymentId))
                .toList();
        if (candidates.isEmpty()) {
            throw new LaunchRefused("Unknown LMS", "No LMS connection is registered for issuer \"" + issuer + "\""
                    + (clientId == null ? "" : " with client id \"" + clientId + "\"")
                    + (deploymentId == null ? "" : " and deployment \"" + deploymentId + "\"")
                    + ". An admin can register it on the LMS connections page.");
        }
        if (candidates.size() > 1) {
            throw new LaunchRefused("Ambiguous LMS", "Several connections are registered for \"" + issuer + "\"; "
                    + "the LMS must send client_id to tell them apart.");
        }
        if (!LtiPlatform.origin(targetLinkUri).equals(toolOrigin)) {
            throw new LaunchRefused("Target link URI is not this tool", "The launch asks to open \"" + targetLinkUri
                    + "\", which is not on " + toolOrigin + ". Check the tool URL in the LMS.");
        }
        LtiPlatform platform = candidates.get(0);
        LaunchStates.Started s = states.start(platform.id(), targetLinkUri);
        UriComponentsBuilder redirect = UriComponentsBuilder.fromUriString(platform.authUrl())
                .queryParam("scope", "openid").queryParam("response_type", "id_token")
                .queryParam("response_mode", "form_post").queryParam("prompt", "none")
                .queryParam("client_id", platform.clientId())
                .queryParam("redirect_uri", toolOrigin + LtiEndpoints.LAUNCH)
                .queryParam("login_hint", loginHint).queryParam("state", s.state()).queryParam("nonce", s.nonce());
        if (messageHint != null && !messageHint.isBlank()) {
            redirect.queryParam("lti_message_hint", messageHint);
        }
        return new Started(redirect.encode().build().toUriString(), s.state(), s.browserSecret());
    }

    /** Checks the launch and, only if every check holds, links and records it. */
    public Outcome launch(@Nullable String idToken, @Nullable String state, @Nullable String browserSecret) {
        if (idToken == null || idToken.isBlank() || state == null || state.isBlank()) {
            throw new LaunchRefused("Incomplete launch", "The LMS must post id_token and state.");
        }
        // a replay is named as such, whatever else about it is also wrong
        Optional<String> nonce = IdTokenValidator.peekNonce(idToken);
        if (nonce.isPresent() && nonceSeen(nonce.get())) {
            throw new LaunchRefused("Replayed nonce", "This id_token was already used once. Open the link in the "
                    + "LMS again.");
        }
        if (browserSecret == null) {
            throw new LaunchRefused("The launch did not start in this browser", "The state cookie is missing. "
                    + "If your browser blocks cookies for SMP Academy inside the LMS, ask the LMS admin to open "
                    + "this tool in a new window, or allow its cookies.");
        }
        // its own transaction: a state is spent even when the launch then fails
        LaunchStates.Pending pending = tx.execute(status -> states.consume(state, browserSecret));
        LtiPlatform platform = platforms.find(pending.platformId()).orElseThrow(() ->
                new LaunchRefused("Unknown LMS", "The LMS connection was removed while the launch was running."));
        return tx.execute(status -> {
            JWTClaimsSet claims = validator.validate(idToken, platform, pending);
            return record(platform, claims);
        });
    }

    private boolean nonceSeen(String nonce) {
        return Boolean.TRUE.equals(tx.execute(status -> states.seen(nonce)));
    }

    private Outcome record(LtiPlatform platform, JWTClaimsSet claims) {
        String sub = claims.getSubject();
        List<String> roles = stringList(claims.getClaim(LtiClaims.ROLES));
        String messageType = IdTokenValidator.stringClaim(claims, LtiClaims.MESSAGE_TYPE);
        boolean deepLinking = LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);

        Optional<Long> linked = links.linkedAccount(platform.id(), sub);
        long accountId;
        if (linked.isPresent()) {
            accountId = linked.get();
        } else {
            Role role = LtiRoles.toRole(roles, platform.allowAdmin());
            String name = IdTokenValidator.stringClaim(claims, "name");
            if (name == null) {
                name = (Optional.ofNullable(IdTokenValidator.stringClaim(claims, "given_name")).orElse("") + " "
                        + Optional.ofNullable(IdTokenValidator.stringClaim(claims, "family_name")).orElse("")).trim();
            }
            String fallback = "lti-" + LaunchStates.hash(platform.id() + "/" + sub).substring(0, 16) + "@"
                    + LtiPlatform.origin(platform.issuer()).replaceFirst("^https?://", "").replace(':', '-')
                    + ".lti.invalid";
            accountId = accounts.createExternalAccount(name, IdTokenValidator.stringClaim(claims, "email"), fallback,
                    role, platform.name()).getId();
            links.link(platform.id(), sub, accountId, clock.instant());
            audit.record(AuditEntry.of(AuditAction.LTI_ACCOUNT_LINKED, accountId, null)
                    .target("account", accountId, name).details(platform.name() + " user " + sub));
        }
        AccountPrincipal principal = accounts.activePrincipal(accountId).orElseThrow(() -> new LaunchRefused(
                "Account disabled", "Your SMP Academy account has been disabled. Please contact your academy."));

        Long contextPk = null;
        Map<String, Object> context = IdTokenValidator.objectClaim(claims, LtiClaims.CONTEXT);
        Map<String, Object> nrps = IdTokenValidator.objectClaim(claims, LtiClaims.NRPS);
        Map<String, Object> ags = IdTokenValidator.objectClaim(claims, LtiClaims.AGS_ENDPOINT);
        String membershipsUrl = nrps == null ? null : str(nrps.get("context_memberships_url"));
        String lineItemsUrl = ags == null ? null : str(ags.get("lineitems"));
        if (context != null && str(context.get("id")) != null) {
            String contextId = str(context.get("id"));
            String title = Optional.ofNullable(str(context.get("title"))).or(() -> Optional.ofNullable(
                    str(context.get("label")))).orElse("LMS course " + contextId);
            Optional<LinkStore.Context> existing = links.context(platform.id(), contextId);
            long cohortId;
            if (existing.isPresent()) {
                contextPk = existing.get().id();
                cohortId = existing.get().cohortId();
                links.updateContextServices(contextPk, title, membershipsUrl, lineItemsUrl);
            } else {
                cohortId = cohorts.createLinkedCohort(title, "Members of \"" + title + "\" in " + platform.name());
                contextPk = links.insertContext(platform.id(), contextId, title, cohortId, membershipsUrl,
                        lineItemsUrl, clock.instant());
            }
            cohorts.addMemberForIntegration(cohortId, accountId, platform.name());
        }

        String handoff = states.token();
        if (deepLinking) {
            if (principal.role() != Role.INSTRUCTOR && principal.role() != Role.ADMIN) {
                throw new LaunchRefused("Only instructors can add content", "Your account here is "
                        + principal.role().label().toLowerCase() + "; choosing content for an LMS course needs an "
                        + "instructor.");
            }
            Map<String, Object> settings = IdTokenValidator.objectClaim(claims, LtiClaims.DEEP_LINKING_SETTINGS);
            List<String> accept = stringList(settings.get("accept_types"));
            if (!accept.contains("ltiResourceLink")) {
                throw new LaunchRefused("Content type not accepted", "The LMS does not accept LTI resource links "
                        + "here (it accepts " + accept + ").");
            }
            DeepLinkRequest dl = new DeepLinkRequest(platform.id(),
                    IdTokenValidator.stringClaim(claims, LtiClaims.DEPLOYMENT_ID), str(settings.get("deep_link_return_url")),
                    str(settings.get("data")), accept, !Boolean.FALSE.equals(settings.get("accept_multiple")),
                    !Boolean.FALSE.equals(settings.get("accept_lineitem")));
            links.createHandoff(handoff, accountId, LtiEndpoints.DEEP_LINK_PICKER, clock.instant().plus(HANDOFF_LIFETIME));
            auditLaunch(principal, platform, "Deep linking");
            return new Outcome(principal, LtiEndpoints.DEEP_LINK_PICKER, dl, handoff);
        }

        Map<String, Object> link = IdTokenValidator.objectClaim(claims, LtiClaims.RESOURCE_LINK);
        String resourceLinkId = str(link.get("id"));
        Map<String, Object> custom = IdTokenValidator.objectClaim(claims, LtiClaims.CUSTOM);
        Optional<LtiTarget> target = LtiTarget.parse(custom == null ? null : str(custom.get(LtiClaims.CUSTOM_TARGET)))
                .or(() -> links.resourceLink(platform.id(), resourceLinkId).flatMap(r -> LtiTarget.parse(r.target())))
                .or(() -> LtiTarget.fromAppUrl(IdTokenValidator.stringClaim(claims, LtiClaims.TARGET_LINK_URI)));
        LtiTarget resolved = target.orElse(LtiTarget.CATALOG);
        String path = resolved.path(courses).orElseThrow(() -> new LaunchRefused("The linked content is gone",
                "\"" + resolved.key() + "\" is no longer in SMP Academy. Ask your instructor to link it again."));
        String lineItem = ags == null ? null : str(ags.get("lineitem"));
        links.saveResourceLink(platform.id(), resourceLinkId, contextPk, resolved.key(), lineItem, clock.instant());
        links.createHandoff(handoff, accountId, path, clock.instant().plus(HANDOFF_LIFETIME));
        auditLaunch(principal, platform, resolved.key());
        return new Outcome(principal, path, null, handoff);
    }

    /** The hand-off of a launch whose session cookie did not reach us: works once, for two minutes. */
    @Transactional
    public Optional<LinkStore.Handoff> takeHandoff(String token) {
        return links.consumeHandoff(token, clock.instant());
    }

    /** The account a hand-off signs in, if still enabled. */
    Optional<AccountPrincipal> principalOf(long accountId) {
        return accounts.activePrincipal(accountId);
    }

    private void auditLaunch(AccountPrincipal p, LtiPlatform platform, String what) {
        audit.record(AuditEntry.of(AuditAction.LTI_LAUNCH_SUCCEEDED, p.id(), p.email())
                .target("lti-platform", platform.id(), platform.name()).details(what));
    }

    static @Nullable String str(@Nullable Object o) {
        return o instanceof String s && !s.isBlank() ? s : null;
    }

    static List<String> stringList(@Nullable Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> list) {
            list.forEach(v -> {
                if (v instanceof String s) {
                    out.add(s);
                }
            });
        }
        return out;
    }

    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
