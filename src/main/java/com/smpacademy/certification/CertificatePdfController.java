package com.smpacademy.certification;

import com.smpacademy.common.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /certificate-pdf/{code}}: the certificate's PDF at a stable address, for the link in the "certificate
 * issued" e-mail. Signed-in holders, their instructors and admins (the service checks who may see it); anyone else
 * is sent to log in first, then back here.
 */
@RestController
class CertificatePdfController {

    private final CertificationService certification;

    CertificatePdfController(CertificationService certification) {
        this.certification = certification;
    }

    @GetMapping("/certificate-pdf/{code}")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        try {
            byte[] bytes = certification.pdf(code);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename(code.replaceAll("[^A-Za-z0-9-]", "") + ".pdf").build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .body(bytes);
        } catch (RuleViolationException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
