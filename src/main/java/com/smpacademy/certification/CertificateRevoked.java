package com.smpacademy.certification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A certificate was revoked. Published inside the revoking transaction.
 *
 * @param reason one of {@link CertificationService#REVOCATION_REASONS}
 * @param note   the admin's free-text note, or null
 */
public record CertificateRevoked(String code, long holderId, String holderName, String programName, String reason,
                                 @Nullable String note, Instant revokedAt) {
}
