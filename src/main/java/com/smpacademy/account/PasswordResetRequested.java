package com.smpacademy.account;

import java.time.Instant;

/**
 * Someone asked to reset the password of an existing, enabled account. Published inside the transaction that
 * stores the token's hash; {@code link} holds the only copy of the token itself, for the e-mail.
 */
public record PasswordResetRequested(long accountId, String email, String displayName, String link,
                                     Instant expiresAt) {
}
