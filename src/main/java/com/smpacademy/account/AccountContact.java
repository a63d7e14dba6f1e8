package com.smpacademy.account;

/** Where to reach an account holder: for features that send messages on the server side (never shown to others). */
public record AccountContact(long id, String email, String name, Role role, boolean enabled) {
}
