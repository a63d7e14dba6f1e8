package com.smpacademy.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as the security context holds them. Kept small and serialisable (it lives in the HTTP
 * session); the password hash is erased once authentication has finished.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private String passwordHash;
    private final Instant authenticatedAt;

    public AccountPrincipal(long id, String email, String displayName, Role role, boolean enabled,
                            String passwordHash) {
        this(id, email, displayName, role, enabled, passwordHash, Instant.now());
    }

    public AccountPrincipal(long id, String email, String displayName, Role role, boolean enabled,
                            String passwordHash, Instant authenticatedAt) {
        this.authenticatedAt = authenticatedAt;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    static AccountPrincipal of(UserAccount account, Instant authenticatedAt) {
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRole(), account.isEnabled(), account.getPasswordHash(), authenticatedAt);
    }

    /** When this login happened: a password reset signs out the sessions that logged in before it. */
    public Instant authenticatedAt() { return authenticatedAt; }

    public long id() { return id; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public Role role() { return role; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return email; }

    @Override
    public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() { passwordHash = ""; }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.id == id;
    }

    @Override
    public int hashCode() { return Long.hashCode(id); }

    @Override
    public String toString() { return "AccountPrincipal[" + id + ", " + email + ", " + role + "]"; }
}
