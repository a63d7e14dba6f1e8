package com.smpacademy.account;

import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Checks an email and password. In this order, so that nothing reveals whether an account exists: the lock-out
 * first (no password is checked while locked), then the password (against a dummy hash when there is no account,
 * so both take as long), and only after a correct password whether the account is disabled.
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Incorrect email or password. Check both and try again.";
    static final String DISABLED = "This account has been disabled. Please contact your academy.";

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    /** Made on the first sign-in, not at start-up (a bcrypt hash is 100 ms of CPU). */
    private final SingletonSupplier<String> dummyHash;
    private final java.time.Clock clock;

    AccountAuthenticationProvider(AccountService accounts, LoginThrottle throttle, PasswordEncoder passwordEncoder,
                                  AuditService audit, java.time.Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.dummyHash = SingletonSupplier.of(() -> passwordEncoder.encode("no-such-account-timing-equaliser"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = AccountRules.normaliseEmail(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;

        if (throttle.lockedUntil(email, address).isPresent()) {
            audit.recordIndependently(AuditEntry.of(AuditAction.LOGIN_REFUSED_LOCKED, null, email).from(address));
            throw locked();
        }

        Optional<UserAccount> account = accounts.findByEmail(email);
        boolean matches = passwordEncoder.matches(password, account.map(UserAccount::getPasswordHash)
                .orElseGet(dummyHash)) && account.isPresent();
        if (!matches) {
            if (throttle.recordFailure(email, address)) {
                audit.recordIndependently(AuditEntry.of(AuditAction.LOGIN_LOCKED_OUT, null, email).from(address)
                        .details("Locked for " + throttle.lockout().toMinutes() + " minutes"));
                throw locked();
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        UserAccount user = account.get();
        if (!user.isEnabled()) {
            throw new DisabledException(DISABLED);
        }
        throttle.recordSuccess(email, address);
        audit.recordIndependently(AuditEntry.of(AuditAction.LOGIN_SUCCEEDED, user.getId(), email).from(address));
        AccountPrincipal principal = AccountPrincipal.of(user, clock.instant());
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private LoginRefusedException locked() {
        return new LoginRefusedException("Too many failed attempts. For your security, logging in is paused for "
                + throttle.lockout().toMinutes() + " minutes. Try again later, or contact your academy.");
    }

    @Override
    public boolean supports(@Nullable Class<?> authentication) {
        return authentication != null && UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
