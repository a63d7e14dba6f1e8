package com.smpacademy.account;

import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: self-registration for trainees, accounts created by admins, roles, disabling, passwords and profiles.
 * Every method checks its input and its caller here, whatever the view already did.
 */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<PasswordResetService> passwordLinks;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditService audit,
                   CurrentUser currentUser, Clock clock,
                   org.springframework.beans.factory.ObjectProvider<PasswordResetService> passwordLinks) {
        this.passwordLinks = passwordLinks;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Registers a trainee. Errors come back per field: {@code name}, {@code email}, {@code password},
     * {@code confirmPassword}.
     */
    @Transactional
    public UserAccount registerTrainee(@Nullable String name, @Nullable String email, @Nullable String password,
                                       @Nullable String confirmPassword, @Nullable String clientAddress) {
        String cleanName = AccountRules.normaliseName(name);
        String cleanEmail = AccountRules.normaliseEmail(email);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AccountRules.checkName(cleanName, errors);
        AccountRules.checkEmail(cleanEmail, errors);
        if (!errors.has("email") && accounts.existsByEmail(cleanEmail)) {
            errors.add("email", "An account with this email already exists. Log in, or use another email.");
        }
        AccountRules.checkNewPassword(password, confirmPassword, cleanEmail, cleanName, "password",
                "confirmPassword", errors);
        errors.throwIfAny();

        UserAccount account = accounts.save(new UserAccount(cleanEmail, cleanName, passwordEncoder.encode(password),
                Role.TRAINEE, clock.instant()));
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_REGISTERED, account.getId(), cleanEmail)
                .target("account", account.getId(), cleanEmail).from(clientAddress));
        return account;
    }

    /**
     * Creates an account of any role and e-mails the person an invitation link to choose their own password (no
     * password is ever shown to the admin). Errors per field: {@code name}, {@code email}, {@code role}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreatedAccount createAccount(@Nullable String name, @Nullable String email, @Nullable Role role) {
        String cleanName = AccountRules.normaliseName(name);
        String cleanEmail = AccountRules.normaliseEmail(email);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AccountRules.checkName(cleanName, errors);
        AccountRules.checkEmail(cleanEmail, errors);
        if (!errors.has("email") && accounts.existsByEmail(cleanEmail)) {
            errors.add("email", "An account with this email already exists.");
        }
        if (role == null) {
            errors.add("role", "Choose a role.");
        }
        errors.throwIfAny();

        // a random password nobody knows: the person chooses theirs through the invitation
        UserAccount account = accounts.save(new UserAccount(cleanEmail, cleanName,
                passwordEncoder.encode(AccountRules.temporaryPassword() + AccountRules.temporaryPassword()),
                role, clock.instant()));
        AccountPrincipal admin = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_CREATED, admin.id(), admin.email())
                .target("account", account.getId(), cleanEmail).details("Role " + role.label() + "; invitation sent"));
        AccountInvited invitation = passwordLinks.getObject().invite(account, admin.displayName());
        return new CreatedAccount(account, invitation.expiresAt());
    }

    /** Sends a new invitation link (the earlier ones keep working until they expire). Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreatedAccount resendInvitation(long accountId) {
        UserAccount account = load(accountId);
        if (!account.isEnabled()) {
            throw new RuleViolationException("This account is disabled. Enable it first.");
        }
        AccountInvited invitation = passwordLinks.getObject().invite(account, currentUser.require().displayName());
        return new CreatedAccount(account, invitation.expiresAt());
    }

    /** Gives an account another role. The last enabled admin cannot be demoted. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount changeRole(long accountId, @Nullable Role newRole) {
        if (newRole == null) {
            throw InvalidInputException.of("role", "Choose a role.");
        }
        UserAccount account = load(accountId);
        Role old = account.getRole();
        if (old == newRole) {
            return account;
        }
        if (old == Role.ADMIN && account.isEnabled() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new RuleViolationException(
                    "This is the only active admin. Make another account an admin first, then change this one.");
        }
        account.setRole(newRole);
        AccountPrincipal admin = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.ROLE_CHANGED, admin.id(), admin.email())
                .target("account", account.getId(), account.getEmail())
                .details(old.label() + " → " + newRole.label()));
        return account;
    }

    /** Disables or re-enables an account. Admins cannot disable themselves or the last active admin. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount setEnabled(long accountId, boolean enabled) {
        UserAccount account = load(accountId);
        if (account.isEnabled() == enabled) {
            return account;
        }
        AccountPrincipal admin = currentUser.require();
        if (!enabled && account.getId() == admin.id()) {
            throw new RuleViolationException("You cannot disable your own account.");
        }
        if (!enabled && account.getRole() == Role.ADMIN && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new RuleViolationException("This is the only active admin and cannot be disabled.");
        }
        account.setEnabled(enabled);
        audit.record(AuditEntry.of(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                admin.id(), admin.email()).target("account", account.getId(), account.getEmail()));
        return account;
    }

    /**
     * Changes the caller's own password after checking the current one. Errors per field:
     * {@code currentPassword}, {@code newPassword}, {@code confirmPassword}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(@Nullable String currentPassword, @Nullable String newPassword,
                                  @Nullable String confirmPassword) {
        UserAccount account = load(currentUser.require().id());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add("currentPassword", "Enter your current password.");
        } else if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            errors.add("currentPassword", "This is not your current password.");
        }
        AccountRules.checkNewPassword(newPassword, confirmPassword, account.getEmail(), account.getDisplayName(),
                "newPassword", "confirmPassword", errors);
        if (!errors.has("newPassword") && newPassword != null && newPassword.equals(currentPassword)) {
            errors.add("newPassword", "Choose a password different from your current one.");
        }
        errors.throwIfAny();
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(AuditEntry.of(AuditAction.PASSWORD_CHANGED, account.getId(), account.getEmail())
                .target("account", account.getId(), account.getEmail()));
    }

    /** Changes the caller's display name (shown to instructors and on certificates). Error field: {@code name}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UserAccount changeOwnName(@Nullable String name) {
        String cleanName = AccountRules.normaliseName(name);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AccountRules.checkName(cleanName, errors);
        errors.throwIfAny();
        UserAccount account = load(currentUser.require().id());
        account.setDisplayName(cleanName);
        return account;
    }

    /** The caller's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserAccount me() {
        return load(currentUser.require().id());
    }

    /** One account: admins may read any, everyone else only their own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserAccount get(long accountId) {
        AccountPrincipal caller = currentUser.require();
        if (caller.role() != Role.ADMIN && caller.id() != accountId) {
            throw new AccessDeniedException("You can only open your own account.");
        }
        return load(accountId);
    }

    /**
     * One page of the accounts whose name or email contains {@code text} and whose role is one of {@code roles}
     * (all roles when empty), sorted by name. Admins only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> search(@Nullable String text, @Nullable Collection<Role> roles, int page, int pageSize) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(pageSize, 1), 500),
                Sort.by("displayName", "id"));
        return accounts.search(like(text), rolesOrAll(roles), request);
    }

    /** How many accounts {@link #search} would find. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(@Nullable String text, @Nullable Collection<Role> roles) {
        return accounts.countSearch(like(text), rolesOrAll(roles));
    }

    /** Accounts per role. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, accounts.countByRole(role));
        }
        return counts;
    }

    /**
     * Whether the caller's account still exists and is enabled, and the caller logged in after the account's
     * sessions were last revoked (a password reset): such sessions end at the next navigation, not only at the
     * next login.
     */
    @Transactional(readOnly = true)
    public boolean callerIsStillActive() {
        return currentUser.get().flatMap(p -> accounts.findById(p.id()).map(a -> a.isEnabled()
                && (a.getSessionsRevokedAt() == null || !p.authenticatedAt().isBefore(a.getSessionsRevokedAt()))))
                .orElse(false);
    }

    /** Display names of the given accounts, for lists that show who did what. Signed-in callers only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            accounts.findAllById(ids).forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        return names;
    }

    /**
     * Where to reach an account, for server-side senders (notifications, digests) that run without a signed-in
     * caller. Not for views: they use {@link #get(long)}, which checks who may read the account.
     */
    @Transactional(readOnly = true)
    public Optional<AccountContact> contact(long accountId) {
        return accounts.findById(accountId).map(a -> new AccountContact(a.getId(), a.getEmail(),
                a.getDisplayName(), a.getRole(), a.isEnabled()));
    }

    /**
     * An account's email, for the certification feature's hashed credential identifier (issuing runs for
     * instructors, and at start-up when older credentials are re-signed). Never shown: callers hash it.
     */
    @Transactional(readOnly = true)
    public Optional<String> emailForCredential(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getEmail);
    }

    // lti: accounts of people who arrive from an LMS
    /**
     * Creates the account of someone who signed in through a connected system (an LMS), with an unusable random
     * password: they come back through that system, or set a password by reset. When the email is missing, invalid
     * or already taken by another account, {@code fallbackEmail} is used instead, so an LMS can never take over an
     * existing account by claiming its email. Audited; for the integrations, not for views.
     */
    @Transactional
    public UserAccount createExternalAccount(@Nullable String name, @Nullable String email, String fallbackEmail,
                                             Role role, String source) {
        String cleanName = AccountRules.normaliseName(name);
        String cleanEmail = AccountRules.normaliseEmail(email);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AccountRules.checkName(cleanName, errors);
        if (errors.has("name")) {
            cleanName = "LMS user";
        }
        InvalidInputException.Collector emailErrors = new InvalidInputException.Collector();
        AccountRules.checkEmail(cleanEmail, emailErrors);
        if (emailErrors.has("email") || accounts.existsByEmail(cleanEmail)) {
            cleanEmail = AccountRules.normaliseEmail(fallbackEmail);
        }
        UserAccount account = accounts.save(new UserAccount(cleanEmail, cleanName,
                passwordEncoder.encode(AccountRules.temporaryPassword() + AccountRules.temporaryPassword()), role,
                clock.instant()));
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_CREATED, null, null)
                .target("account", account.getId(), cleanEmail).details("Role " + role.label() + ", via " + source));
        return account;
    }

    /** The principal to sign an account in as, if it exists and is enabled; for integrations that log people in. */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> activePrincipal(long accountId) {
        return accounts.findById(accountId).filter(UserAccount::isEnabled).map(a -> {
            AccountPrincipal p = AccountPrincipal.of(a, clock.instant());
            p.eraseCredentials();
            return p;
        });
    }
    // end lti

    Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(AccountRules.normaliseEmail(email));
    }

    private UserAccount load(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
    }

    private static Collection<Role> rolesOrAll(@Nullable Collection<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.allOf(Role.class) : roles;
    }

    static String like(@Nullable String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
