package com.smpacademy.account;

import java.time.Instant;

/**
 * An admin created an account; the person chooses their own password with {@code link} (single use, until
 * {@code expiresAt}). Published inside the creating transaction; {@code link} holds the only copy of the token.
 */
public record AccountInvited(long accountId, String email, String displayName, Role role, String invitedBy,
                             String link, Instant expiresAt) {
}
