/**
 * LTI 1.3 Advantage tool: platform registrations, OIDC login and launch, account and course linking, Deep Linking
 * 2.0, grade passback (AGS 2.0) through an outbox and roster sync (NRPS 2.0). Talks to the other features only
 * through their public services and events; nothing else imports this package.
 */
@NullMarked
package com.smpacademy.lti;

import org.jspecify.annotations.NullMarked;
