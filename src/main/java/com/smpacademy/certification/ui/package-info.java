/** Views for certificates: the trainee's checklist and certificates, issuing and revoking, public verification. */
@NullMarked
package com.smpacademy.certification.ui;

import org.jspecify.annotations.NullMarked;
