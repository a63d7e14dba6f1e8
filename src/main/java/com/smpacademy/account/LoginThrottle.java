package com.smpacademy.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection: after {@code academy.security.max-failed-logins} failures (default 5) for one account
 * email, or from one client address, further attempts are refused for {@code academy.security.lockout-minutes}
 * (default 15). Emails that have no account are counted exactly like real ones, so the lock says nothing about
 * whether an account exists.
 */
@Component
class LoginThrottle {

    private final LoginThrottleRepository entries;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(LoginThrottleRepository entries, Clock clock,
                  @Value("${academy.security.max-failed-logins:5}") int maxFailures,
                  @Value("${academy.security.lockout-minutes:15}") int lockoutMinutes) {
        this.entries = entries;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockoutMinutes);
    }

    Duration lockout() {
        return window;
    }

    /** When the later of the two locks (account, address) ends, if either is in force now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email, @Nullable String address) {
        Instant now = clock.instant();
        return entries.findByKeyIn(keys(email, address)).stream()
                .filter(e -> e.isLockedAt(now))
                .map(LoginThrottleEntry::lockedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a failed attempt for the email and the address; true when this failure started a lock. */
    @Transactional
    public boolean recordFailure(String email, @Nullable String address) {
        Instant now = clock.instant();
        boolean locked = false;
        for (String key : keys(email, address)) {
            LoginThrottleEntry entry = entries.findById(key).orElseGet(() -> new LoginThrottleEntry(key, now));
            locked |= entry.fail(now, maxFailures, window);
            entries.save(entry);
        }
        return locked;
    }

    /** A successful login clears the counts for that email and that address. */
    @Transactional
    public void recordSuccess(String email, @Nullable String address) {
        entries.deleteAllById(keys(email, address).stream()
                .filter(entries::existsById).toList());
    }

    private static List<String> keys(String email, @Nullable String address) {
        List<String> keys = new ArrayList<>(2);
        keys.add("account:" + email);
        if (address != null && !address.isBlank()) {
            keys.add("address:" + address);
        }
        return keys;
    }
}
