package com.smpacademy.clinic;

/** A rostered certificate's state today, read live; the first three need the owner's attention. */
public enum RosterStatus {
    REVOKED("Revoked"), EXPIRED("Expired"), EXPIRING("Expiring"), VALID("Valid");

    private final String label;

    RosterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsAttention() {
        return this != VALID;
    }
}
