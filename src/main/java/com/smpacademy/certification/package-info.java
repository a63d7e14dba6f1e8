/**
 * Certification: programs from course.yaml, eligibility, practical assessments, issuing, signed credentials, PDFs,
 * public verification, expiry and revocation.
 */
@NullMarked
package com.smpacademy.certification;

import org.jspecify.annotations.NullMarked;
