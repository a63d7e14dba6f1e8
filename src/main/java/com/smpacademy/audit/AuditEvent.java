package com.smpacademy.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One audited action. Immutable: Hibernate never issues an UPDATE for it, and the repository offers no delete, so
 * the log only grows.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_email")
    private @Nullable String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "target_type")
    private @Nullable String targetType;

    @Column(name = "target_id")
    private @Nullable String targetId;

    @Column(name = "target_label")
    private @Nullable String targetLabel;

    private @Nullable String details;

    @Column(name = "client_address")
    private @Nullable String clientAddress;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.action = AuditAction.ACCOUNT_REGISTERED;
    }

    AuditEvent(Instant occurredAt, AuditEntry entry) {
        this.occurredAt = occurredAt;
        this.actorId = entry.actorId();
        this.actorEmail = entry.actorEmail();
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = entry.targetId();
        this.targetLabel = truncate(entry.targetLabel(), 254);
        this.details = truncate(entry.details(), 2000);
        this.clientAddress = truncate(entry.clientAddress(), 64);
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public @Nullable Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public @Nullable Long getActorId() { return actorId; }
    public @Nullable String getActorEmail() { return actorEmail; }
    public AuditAction getAction() { return action; }
    public @Nullable String getTargetType() { return targetType; }
    public @Nullable String getTargetId() { return targetId; }
    public @Nullable String getTargetLabel() { return targetLabel; }
    public @Nullable String getDetails() { return details; }
    public @Nullable String getClientAddress() { return clientAddress; }
}
