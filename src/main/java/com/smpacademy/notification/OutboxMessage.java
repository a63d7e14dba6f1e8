package com.smpacademy.notification;

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

/** One e-mail in the transactional outbox, exactly as the recipient will see it. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id")
    private @Nullable Long recipientId;

    @Column(name = "to_address", nullable = false)
    private String toAddress;

    @Column(name = "to_name", nullable = false)
    private String toName;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private boolean security;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private @Nullable String claimedBy;

    @Column(name = "claimed_until")
    private @Nullable Instant claimedUntil;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutboxMessage() {
        this(null, "", "", "", "", "", "", false, Instant.EPOCH);
    }

    OutboxMessage(@Nullable Long recipientId, String toAddress, String toName, String kind, String subject,
                  String bodyText, String bodyHtml, boolean security, Instant now) {
        this.recipientId = recipientId;
        this.toAddress = toAddress;
        this.toName = toName;
        this.kind = kind;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.security = security;
        this.status = OutboxStatus.PENDING;
        // whole milliseconds: the databases keep microseconds, so "due at now" must survive the round trip
        this.nextAttemptAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    @Nullable Long recipientId() { return recipientId; }
    String toAddress() { return toAddress; }
    String toName() { return toName; }
    String kind() { return kind; }
    String subject() { return subject; }
    String bodyText() { return bodyText; }
    String bodyHtml() { return bodyHtml; }
    boolean security() { return security; }
    OutboxStatus status() { return status; }
    int attempts() { return attempts; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    @Nullable String lastError() { return lastError; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant sentAt() { return sentAt; }

    void sent(Instant when) {
        status = OutboxStatus.SENT;
        sentAt = when;
        lastError = null;
        claimedBy = null;
        claimedUntil = null;
    }

    /** A failed attempt: due again at {@code retryAt}, or given up when that is null. */
    void failed(String error, @Nullable Instant retryAt) {
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        claimedBy = null;
        claimedUntil = null;
        if (retryAt == null) {
            status = OutboxStatus.FAILED;
        } else {
            status = OutboxStatus.RETRYING;
            nextAttemptAt = retryAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }
    }

    void held(String reason) {
        status = OutboxStatus.HELD;
        lastError = reason;
    }

    /** An admin asks for another try now: the count of attempts starts again. */
    void retryNow(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        claimedBy = null;
        claimedUntil = null;
    }
}
