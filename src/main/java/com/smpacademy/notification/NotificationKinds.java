package com.smpacademy.notification;

import com.smpacademy.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of message this feature sends for other features' events (their features do not know about it). */
@Configuration(proxyBeanMethods = false)
class NotificationKinds {

    @Bean
    NotificationKind practiceReviewedKind() {
        return NotificationKind.optional(MessageTemplates.PRACTICE_REVIEWED, "Practice entry reviewed",
                "An instructor approved, rejected or asked for changes to one of your practice entries.",
                Role.TRAINEE);
    }

    @Bean
    NotificationKind practiceDigestKind() {
        return NotificationKind.optional(MessageTemplates.PRACTICE_DIGEST, "Daily review digest",
                "Once a day, when practice entries are waiting in your review queue.", Role.INSTRUCTOR);
    }

    @Bean
    NotificationKind certificateIssuedKind() {
        return NotificationKind.optional(MessageTemplates.CERTIFICATE_ISSUED, "Certificate issued",
                "A certificate was issued to you, with its PDF.", Role.TRAINEE);
    }

    @Bean
    NotificationKind certificateExpiringKind() {
        return NotificationKind.optional(MessageTemplates.CERTIFICATE_EXPIRING, "Certificate expiry reminders",
                "Your certificate expires in 60, 30 or 7 days, or has expired, and renewal is open.", Role.TRAINEE);
    }

    @Bean
    NotificationKind certificateRevokedKind() {
        return NotificationKind.optional(MessageTemplates.CERTIFICATE_REVOKED, "Certificate revoked",
                "One of your certificates was revoked, with the reason.", Role.TRAINEE);
    }

    @Bean
    NotificationKind passwordResetKind() {
        return NotificationKind.security(MessageTemplates.PASSWORD_RESET, "Password reset",
                "Someone asked to reset your password.");
    }

    @Bean
    NotificationKind invitationKind() {
        // no audience: it reaches people before they ever see a preference list, so it is not listed there
        return new NotificationKind(MessageTemplates.INVITATION, "Invitation", "An admin created an account for you.",
                java.util.Set.of(), true);
    }
}
