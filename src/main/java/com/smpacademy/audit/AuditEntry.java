package com.smpacademy.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a feature hands to {@link AuditService#record(AuditEntry)}. The actor is passed in (the audit feature knows
 * nothing of accounts); a null actor means the system itself, or an anonymous visitor.
 */
public record AuditEntry(
        AuditAction action,
        @Nullable Long actorId,
        @Nullable String actorEmail,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String targetLabel,
        @Nullable String details,
        @Nullable String clientAddress) {

    public static AuditEntry of(AuditAction action, @Nullable Long actorId, @Nullable String actorEmail) {
        return new AuditEntry(action, actorId, actorEmail, null, null, null, null, null);
    }

    public AuditEntry target(String type, @Nullable Object id, @Nullable String label) {
        return new AuditEntry(action, actorId, actorEmail, type, id == null ? null : id.toString(), label, details,
                clientAddress);
    }

    public AuditEntry details(@Nullable String newDetails) {
        return new AuditEntry(action, actorId, actorEmail, targetType, targetId, targetLabel, newDetails,
                clientAddress);
    }

    public AuditEntry from(@Nullable String address) {
        return new AuditEntry(action, actorId, actorEmail, targetType, targetId, targetLabel, details, address);
    }
}
