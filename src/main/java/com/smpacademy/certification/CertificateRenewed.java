package com.smpacademy.certification;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate was renewed: {@code newCode} replaces {@code oldCode}. Published inside the renewing transaction. */
public record CertificateRenewed(String oldCode, String newCode, long holderId, String holderName, String programName,
                                 LocalDate newExpiresOn, Instant occurredAt) {
}
