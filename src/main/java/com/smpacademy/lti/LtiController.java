package com.smpacademy.lti;

import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.security.FramingOrigins;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tool's LTI endpoints: OIDC login initiation (GET and POST), the launch the LMS posts the id_token to, the
 * continue step that falls back to a new window where the frame got no cookie, and the tool's JWKS.
 */
@Controller
class LtiController {

    static final String STATE_COOKIE = "lti-state-";
    static final String DEEP_LINK_SESSION = "smp.lti.deepLink";

    private final LaunchService launches;
    private final ToolKeys keys;
    private final SessionLogin sessionLogin;
    private final AuditService audit;
    private final FramingOrigins framing;

    LtiController(LaunchService launches, ToolKeys keys, SessionLogin sessionLogin, AuditService audit,
                  FramingOrigins framing) {
        this.framing = framing;
        this.launches = launches;
        this.keys = keys;
        this.sessionLogin = sessionLogin;
        this.audit = audit;
    }

    @RequestMapping(path = LtiEndpoints.LOGIN, method = {RequestMethod.GET, RequestMethod.POST})
    void login(@RequestParam(name = "iss", required = false) @Nullable String iss,
               @RequestParam(name = "login_hint", required = false) @Nullable String loginHint,
               @RequestParam(name = "target_link_uri", required = false) @Nullable String target,
               @RequestParam(name = "lti_message_hint", required = false) @Nullable String messageHint,
               @RequestParam(name = "client_id", required = false) @Nullable String clientId,
               @RequestParam(name = "lti_deployment_id", required = false) @Nullable String deploymentId,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        LaunchService.Started started = launches.initiate(iss, loginHint, target, messageHint, clientId, deploymentId,
                toolOrigin(request));
        ResponseCookie cookie = ResponseCookie.from(STATE_COOKIE + started.state(), started.browserSecret())
                .path(LtiEndpoints.BASE).httpOnly(true).maxAge(LaunchStates.LIFETIME)
                .secure(request.isSecure()).sameSite(request.isSecure() ? "None" : "Lax").build();
        response.addHeader("Set-Cookie", cookie.toString());
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(started.redirectUrl());
    }

    @PostMapping(LtiEndpoints.LAUNCH)
    void launch(@RequestParam(name = "id_token", required = false) @Nullable String idToken,
                @RequestParam(name = "state", required = false) @Nullable String state,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        String secret = state == null ? null : cookie(request, STATE_COOKIE + state);
        LaunchService.Outcome outcome = launches.launch(idToken, state, secret);
        var session = sessionLogin.login(outcome.principal(), request, response);
        if (outcome.deepLink() != null) {
            session.setAttribute(DEEP_LINK_SESSION, outcome.deepLink());
        }
        if (state != null) {
            response.addHeader("Set-Cookie", ResponseCookie.from(STATE_COOKIE + state, "").path(LtiEndpoints.BASE)
                    .maxAge(0).build().toString());
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(LtiEndpoints.CONTINUE + "?h=" + outcome.handoff());
    }

    /** Inside the frame: if the session cookie arrived, on to the target; else offer a new window. */
    @GetMapping(path = LtiEndpoints.CONTINUE)
    ResponseEntity<String> resume(@RequestParam(name = "h", required = false) @Nullable String handoff,
                                  HttpServletRequest request) {
        if (handoff == null || handoff.isBlank()) {
            return html(HttpStatus.BAD_REQUEST, LtiPages.page("Link incomplete",
                    "<h1>This link is incomplete</h1><p>Open SMP Academy from your LMS again.</p>"));
        }
        if (sessionLogin.isAuthenticated(request)) {
            Optional<LinkStore.Handoff> h = launches.takeHandoff(handoff);
            String to = h.map(LinkStore.Handoff::target).orElse("/");
            return ResponseEntity.status(HttpStatus.FOUND).header("Location", to)
                    .cacheControl(CacheControl.noStore()).build();
        }
        String link = LtiEndpoints.HANDOFF + "/" + LtiPages.esc(handoff);
        return html(HttpStatus.OK, LtiPages.page("Open in a new window", """
                <h1>Open SMP Academy in a new window</h1>
                <p>Your browser does not let SMP Academy keep you signed in inside the LMS page (it blocks
                third-party cookies). Continue in a new window, where everything works as usual.</p>
                <a class="button" id="lti-new-window" href="%s" target="_blank" rel="noopener">Open in a new window</a>
                <p class="muted">The link works once, for two minutes. Afterwards, open the activity in the LMS
                again.</p>
                """.formatted(link)));
    }

    /** The new-window fallback: signs in the account of the launch once, then opens its target. */
    @GetMapping(LtiEndpoints.HANDOFF + "/{token}")
    ResponseEntity<String> handoff(@PathVariable String token, HttpServletRequest request,
                                   HttpServletResponse response) {
        Optional<LinkStore.Handoff> h = launches.takeHandoff(token);
        if (h.isEmpty()) {
            return html(HttpStatus.GONE, LtiPages.page("Link expired", "<h1>This link has expired</h1><p>It "
                    + "worked once, for two minutes. Open the activity in your LMS again.</p>"));
        }
        var principal = launches.principalOf(h.get().accountId());
        if (principal.isEmpty()) {
            return html(HttpStatus.FORBIDDEN, LtiPages.page("Account disabled", "<h1>Your account is disabled"
                    + "</h1><p>Please contact your academy.</p>"));
        }
        sessionLogin.login(principal.get(), request, response);
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", h.get().target())
                .cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping(path = LtiEndpoints.JWKS, produces = "application/json")
    @ResponseBody
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON).body(keys.jwks());
    }

    @ExceptionHandler(LaunchRefused.class)
    ResponseEntity<String> refused(LaunchRefused refused, HttpServletRequest request) {
        audit.recordIndependently(AuditEntry.of(AuditAction.LTI_LAUNCH_REFUSED, null, null)
                .target("lti-launch", null, refused.check()).details(refused.detail()).from(request.getRemoteAddr()));
        return html(HttpStatus.BAD_REQUEST, LtiPages.refused(refused));
    }

    ResponseEntity<String> html(HttpStatus status, String body) {
        return html(status, body, framing.origins(), "");
    }

    static ResponseEntity<String> html(HttpStatus status, String body, java.util.Set<String> framers,
                                       String formOrigin) {
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", LtiPages.policy(framers, formOrigin))
                .cacheControl(CacheControl.noStore()).body(body);
    }

    /** This tool's origin as the browser sees it (through a reverse proxy: with server.forward-headers-strategy). */
    static String toolOrigin(HttpServletRequest request) {
        return LtiPlatform.origin(ServletUriComponentsBuilder.fromContextPath(request).replacePath(null)
                .replaceQuery(null).build().toUriString());
    }

    private static @Nullable String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }
}
