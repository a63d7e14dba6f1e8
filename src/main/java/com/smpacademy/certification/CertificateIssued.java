package com.smpacademy.certification;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certificate was issued (first issue or renewal). Published inside the issuing transaction.
 *
 * @param renewsCode the code of the certificate this one renews, or null for a first issue
 */
public record CertificateIssued(String code, long holderId, String holderName, String courseId, String programName,
                                LocalDate issuedOn, LocalDate expiresOn, @Nullable String renewsCode,
                                Instant occurredAt) {
}
