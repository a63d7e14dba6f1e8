package com.smpacademy.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person who can log in. The email is stored lower-case and is the login name. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "sessions_revoked_at")
    private @Nullable Instant sessionsRevokedAt;

    protected UserAccount() {
        this("", "", "", Role.TRAINEE, Instant.EPOCH);
    }

    UserAccount(String email, String displayName, String passwordHash, Role role, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** The database id; only null before the account is first saved. */
    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }

    /** Sessions that logged in before this moment are signed out at their next navigation; null for none. */
    public @Nullable Instant getSessionsRevokedAt() { return sessionsRevokedAt; }

    String getPasswordHash() { return passwordHash; }

    void revokeSessions(Instant now) {
        this.sessionsRevokedAt = now;
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void setRole(Role role) { this.role = role; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void setDisplayName(String displayName) { this.displayName = displayName; }
}
