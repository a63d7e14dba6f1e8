package com.smpacademy.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry under a person's bell. */
@Entity
@Table(name = "notification")
class InAppNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    private @Nullable String link;

    @Column(name = "link_label")
    private @Nullable String linkLabel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected InAppNotification() {
        this(0, "", "", "", null, null, Instant.EPOCH);
    }

    InAppNotification(long recipientId, String kind, String title, String body, @Nullable String link,
                      @Nullable String linkLabel, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.link = link;
        this.linkLabel = linkLabel;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long recipientId() { return recipientId; }
    String kind() { return kind; }
    String title() { return title; }
    String body() { return body; }
    @Nullable String link() { return link; }
    @Nullable String linkLabel() { return linkLabel; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant readAt() { return readAt; }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }
}
