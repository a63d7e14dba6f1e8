package com.smpacademy.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is calling: read from the security context, never from anything the browser sends. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        // the application's strategy bean (Vaadin's session-aware one), the global holder where there is none
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<AccountPrincipal> get() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The caller, or an access-denied error for anonymous callers. */
    public AccountPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Please log in first."));
    }
}
