package com.smpacademy.support;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates accounts straight in the database and puts a user into the security context, for tests. */
@TestComponent
public class TestUsers {

    public static final String DEMO_PASSWORD = "smp-demo-2026";
    public static final String ADMIN = "admin@academy.test";
    public static final String INSTRUCTOR = "instructor@academy.test";
    public static final String TRAINEE = "trainee@academy.test";
    public static final String CLINIC = "clinic@academy.test";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final SecurityContextHolderStrategy securityContext;

    /**
     * Uses the context's own strategy bean: several Spring test contexts live in one JVM and each installs its own
     * strategy, so the static holder may belong to another context.
     */
    TestUsers(JdbcTemplate jdbc, PasswordEncoder encoder, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** A new account with a unique email, straight in the database. */
    public AccountPrincipal create(Role role, String password) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        jdbc.update("insert into user_account (email, display_name, password_hash, role, enabled, created_at, "
                        + "password_changed_at) values (?, ?, ?, ?, true, current_timestamp, current_timestamp)",
                email, "Test " + role.label(), encoder.encode(password), role.name());
        return principal(email);
    }

    public AccountPrincipal create(Role role) {
        return create(role, "correct-horse-42");
    }

    public AccountPrincipal principal(String email) {
        Map<String, Object> row = jdbc.queryForMap(
                "select id, email, display_name, role, enabled from user_account where email = ?", email);
        return new AccountPrincipal(((Number) row.get("id")).longValue(), (String) row.get("email"),
                (String) row.get("display_name"), Role.valueOf((String) row.get("role")),
                (Boolean) row.get("enabled"), "");
    }

    /** Makes {@code email} the caller of service methods on this thread. */
    public AccountPrincipal loginAs(String email) {
        AccountPrincipal principal = principal(email);
        loginAs(principal);
        return principal;
    }

    public void loginAs(AccountPrincipal principal) {
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public void logout() {
        securityContext.clearContext();
    }

    public SecurityContextHolderStrategy securityContext() {
        return securityContext;
    }
}
