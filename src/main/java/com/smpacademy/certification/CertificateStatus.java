package com.smpacademy.certification;

/** What a certificate is worth today. Computed when asked, so no job is needed to expire certificates. */
public enum CertificateStatus {
    VALID("Valid"), EXPIRED("Expired"), REVOKED("Revoked");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
