package com.smpacademy.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Failed logins for one account email or one client address. Kept in the database so every node sees it. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginThrottleEntry() {
        this("", Instant.EPOCH);
    }

    LoginThrottleEntry(String key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    String key() { return key; }
    int failures() { return failures; }
    @Nullable Instant lockedUntil() { return lockedUntil; }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts one failure and returns true when it starts a lock. Failures older than the window, and a lock that has
     * run out, are forgotten first.
     */
    boolean fail(Instant now, int maxFailures, java.time.Duration window) {
        if ((lockedUntil != null && !lockedUntil.isAfter(now)) || lastFailureAt.plus(window).isBefore(now)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(window);
            return true;
        }
        return false;
    }
}
