package com.smpacademy.notification;

/** Where an outbox message stands. */
public enum OutboxStatus {
    /** Written, waiting for the sender (due at its next attempt time). */
    PENDING("Waiting"),
    /** Claimed by one node's sender, which is talking to the SMTP server now. */
    SENDING("Sending"),
    /** Accepted by the SMTP server. */
    SENT("Sent"),
    /** The last attempt failed; it is tried again at the next attempt time. */
    RETRYING("Failed, will retry"),
    /** Every attempt failed; kept with the last error until an admin retries it. */
    FAILED("Failed"),
    /** Not sent because no SMTP server is configured ({@code spring.mail.host}); kept until an admin retries it. */
    HELD("Not sent: no SMTP configured");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
