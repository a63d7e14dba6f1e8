package com.smpacademy.clinic;

import java.time.Instant;

/**
 * A clinic owner got a new alert about a rostered certificate (published once per alert, inside the transaction that
 * wrote it), so the notifications feature can e-mail it without clinics knowing how mail is sent.
 */
public record ClinicAlertRaised(long clinicId, long ownerId, AlertKind kind, String eventKey, String certificateCode,
                                String holderName, String message, Instant occurredAt) {
}
