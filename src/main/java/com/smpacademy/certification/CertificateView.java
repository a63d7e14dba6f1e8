package com.smpacademy.certification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate as people may see it: no email or other private data, just what a certificate states. */
public record CertificateView(String code, String holderName, String programName, String issuer,
                              LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status,
                              @Nullable LocalDate revokedOn, @Nullable String revocationReason, String verifyUrl,
                              boolean expiringSoon) {
}
