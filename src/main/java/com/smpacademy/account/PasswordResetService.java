package com.smpacademy.account;

import com.smpacademy.account.PasswordToken.Purpose;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password?" and invitations. A link carries a random 256-bit token; only its SHA-256 hash is stored, so a
 * copy of the database opens no account. A reset link works once, for 30 minutes; choosing a password through it
 * signs out every session of the account and is audited. Requests are limited per e-mail and per client address,
 * and the answer (and roughly the time it takes) is the same whether or not the account exists.
 */
@Service
public class PasswordResetService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the password page shows for a link before the person types anything. */
    public record LinkInfo(boolean invitation, String email, String displayName) {
    }

    private final UserAccountRepository accounts;
    private final PasswordTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final Clock clock;
    private final String publicUrl;
    private final Duration resetValidity;
    private final Duration invitationValidity;
    private final int perEmailPerHour;
    private final int perAddressPerHour;
    private final long minimumMillis;

    PasswordResetService(UserAccountRepository accounts, PasswordTokenRepository tokens,
                         PasswordEncoder passwordEncoder, AuditService audit, ApplicationEventPublisher events,
                         JdbcTemplate jdbc, org.springframework.transaction.support.TransactionTemplate tx,
                         Clock clock, @Value("${academy.public-url:http://localhost:8080}") String publicUrl,
                         @Value("${academy.security.reset-minutes:30}") long resetMinutes,
                         @Value("${academy.security.invitation-days:7}") long invitationDays,
                         @Value("${academy.security.reset-per-email-per-hour:3}") int perEmailPerHour,
                         @Value("${academy.security.reset-per-address-per-hour:10}") int perAddressPerHour,
                         @Value("${academy.security.reset-answer-millis:400}") long minimumMillis) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.resetValidity = Duration.ofMinutes(resetMinutes);
        this.invitationValidity = Duration.ofDays(invitationDays);
        this.perEmailPerHour = perEmailPerHour;
        this.perAddressPerHour = perAddressPerHour;
        this.minimumMillis = minimumMillis;
    }

    /**
     * Sends a reset link to {@code email} when it belongs to an enabled account and the limits allow it. Returns
     * nothing and takes at least {@code academy.security.reset-answer-millis} either way, so neither the answer
     * nor its timing tells whether an account exists. Only a malformed address is refused (field {@code email}).
     */
    public void requestReset(@Nullable String email, @Nullable String clientAddress) {
        long started = System.nanoTime();
        String clean = AccountRules.normaliseEmail(email);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AccountRules.checkEmail(clean, errors);
        errors.throwIfAny();
        tx.executeWithoutResult(s -> record(clean, clientAddress));
        // outside the transaction: the wait holds no database connection
        padTo(started);
    }

    private void record(String clean, @Nullable String clientAddress) {
        Instant now = clock.instant();
        String address = clientAddress == null ? null : clientAddress.length() > 100
                ? clientAddress.substring(0, 100) : clientAddress;
        boolean limited = recent("email", clean, now) >= perEmailPerHour
                || (address != null && recent("client_address", address, now) >= perAddressPerHour);
        jdbc.update("insert into password_reset_request (email, client_address, requested_at) values (?, ?, ?)",
                clean, address, Timestamp.from(now));
        Optional<UserAccount> account = accounts.findByEmail(clean).filter(UserAccount::isEnabled);
        String token = newToken();
        if (!limited && account.isPresent()) {
            UserAccount a = account.get();
            Instant expires = now.plus(resetValidity);
            tokens.save(new PasswordToken(a.getId(), hash(token), Purpose.RESET, now, expires));
            audit.record(AuditEntry.of(AuditAction.PASSWORD_RESET_REQUESTED, null, clean)
                    .target("account", a.getId(), clean).from(address));
            events.publishEvent(new PasswordResetRequested(a.getId(), a.getEmail(), a.getDisplayName(),
                    link(token), expires));
        } else if (limited) {
            audit.record(AuditEntry.of(AuditAction.PASSWORD_RESET_REQUESTED, null, clean).from(address)
                    .details("Refused: too many requests in the last hour"));
        }
    }

    /** What a link is for, or empty when it is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<LinkInfo> check(@Nullable String token) {
        return usable(token).flatMap(t -> accounts.findById(t.accountId()).filter(UserAccount::isEnabled)
                .map(a -> new LinkInfo(t.purpose() == Purpose.INVITE, a.getEmail(), a.getDisplayName())));
    }

    /**
     * Sets a new password through a link, under the usual password rules (errors per field {@code newPassword},
     * {@code confirmPassword}). The link and every other open link of the account stop working, and every
     * session of the account is signed out at its next step.
     *
     * @throws RuleViolationException when the link is unknown, used or expired
     */
    @Transactional
    public void choosePassword(@Nullable String token, @Nullable String newPassword, @Nullable String confirmPassword,
                               @Nullable String clientAddress) {
        PasswordToken t = usable(token).orElseThrow(() -> new RuleViolationException(
                "This link has expired or was already used. Ask for a new one with \"Forgot password?\"."));
        UserAccount account = accounts.findById(t.accountId()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new RuleViolationException("This account is disabled. Contact your academy."));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AccountRules.checkNewPassword(newPassword, confirmPassword, account.getEmail(), account.getDisplayName(),
                "newPassword", "confirmPassword", errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        account.changePassword(passwordEncoder.encode(newPassword), now);
        account.revokeSessions(now);
        tokens.useAll(account.getId(), now);
        audit.record(AuditEntry.of(t.purpose() == Purpose.INVITE ? AuditAction.PASSWORD_SET_FROM_INVITATION
                        : AuditAction.PASSWORD_RESET, account.getId(), account.getEmail())
                .target("account", account.getId(), account.getEmail()).from(clientAddress)
                .details("Other sessions signed out"));
    }

    /** A new invitation link for an account an admin created (inside the creating transaction). */
    AccountInvited invite(UserAccount account, String invitedBy) {
        Instant now = clock.instant();
        String token = newToken();
        Instant expires = now.plus(invitationValidity);
        tokens.save(new PasswordToken(account.getId(), hash(token), Purpose.INVITE, now, expires));
        AccountInvited event = new AccountInvited(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRole(), invitedBy, link(token), expires);
        events.publishEvent(event);
        return event;
    }

    private Optional<PasswordToken> usable(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token.strip())).filter(t -> t.usableAt(now));
    }

    private int recent(String column, String value, Instant now) {
        Integer n = jdbc.queryForObject("select count(*) from password_reset_request where " + column
                + " = ? and requested_at > ?", Integer.class, value, Timestamp.from(now.minus(Duration.ofHours(1))));
        return n == null ? 0 : n;
    }

    private String link(String token) {
        return publicUrl + "/reset-password?token=" + token;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void padTo(long startedNanos) {
        long left = minimumMillis - (System.nanoTime() - startedNanos) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
