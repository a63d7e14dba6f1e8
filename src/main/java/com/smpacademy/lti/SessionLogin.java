package com.smpacademy.lti;

import com.smpacademy.account.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Signs the launched account into the HTTP session the way Spring Security's own login does: any earlier session
 * is invalidated and a new one made (session fixation: nothing of a previous user survives), the security context is
 * saved through the {@link SecurityContextRepository}. An LTI session's cookie is {@code SameSite=None; Secure}
 * (over HTTPS) so that it reaches us inside the LMS frame.
 */
@Component
class SessionLogin {

    static final String LTI_SESSION = "smp.lti.session";

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy strategy;

    SessionLogin(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    HttpSession login(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        repository.saveContext(context, request, response);
        session.setAttribute(LTI_SESSION, Boolean.TRUE);
        crossSiteSessionCookie(request, response);
        return session;
    }

    boolean isAuthenticated(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && repository.containsContext(request)
                && repository.loadDeferredContext(request).get().getAuthentication() != null;
    }

    /**
     * Rewrites the session cookie the container just set: {@code SameSite=None; Secure} over HTTPS (browsers drop
     * {@code SameSite=None} without {@code Secure}, so plain HTTP keeps the container's default).
     */
    static void crossSiteSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        if (!request.isSecure()) {
            return;
        }
        Collection<String> headers = response.getHeaders("Set-Cookie");
        List<String> rewritten = new ArrayList<>();
        for (String h : headers) {
            if (h.startsWith("JSESSIONID=")) {
                String base = h.replaceAll("(?i);\\s*SameSite=[^;]*", "").replaceAll("(?i);\\s*Secure", "");
                rewritten.add(base + "; Secure; SameSite=None");
            } else {
                rewritten.add(h);
            }
        }
        boolean first = true;
        for (String h : rewritten) {
            if (first) {
                response.setHeader("Set-Cookie", h);
                first = false;
            } else {
                response.addHeader("Set-Cookie", h);
            }
        }
    }
}
