package com.smpacademy.account;

/** An account an admin just created, with the temporary password to hand over once. */
public record CreatedAccount(UserAccount account, String temporaryPassword) {
}
