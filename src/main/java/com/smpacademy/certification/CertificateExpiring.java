package com.smpacademy.certification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A valid certificate came within {@code daysBefore} days of its expiry (thresholds 60, 30 and 7), or expired
 * ({@code daysBefore} 0). Published once per certificate and threshold by certification's daily expiry watch,
 * inside the transaction that records that it was published.
 *
 * @param renewalOpen whether renewal can be requested now (it opens 60 days before expiry)
 */
public record CertificateExpiring(String code, long holderId, String holderName, String programName,
                                  LocalDate expiresOn, int daysBefore, boolean renewalOpen, Instant occurredAt) {

    public boolean expired() {
        return daysBefore == 0;
    }
}
