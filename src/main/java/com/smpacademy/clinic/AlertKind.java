package com.smpacademy.clinic;

/** What happened to a rostered certificate. */
public enum AlertKind {
    REVOKED("Revoked"), EXPIRED("Expired"), EXPIRING_60("Expires within 60 days"),
    EXPIRING_30("Expires within 30 days"), RENEWED("Renewed");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
