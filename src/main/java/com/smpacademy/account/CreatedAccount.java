package com.smpacademy.account;

import java.time.Instant;

/** An account an admin just created; its holder was e-mailed an invitation link valid until {@code invitationExpiresAt}. */
public record CreatedAccount(UserAccount account, Instant invitationExpiresAt) {
}
