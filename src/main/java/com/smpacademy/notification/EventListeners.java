package com.smpacademy.notification;

import com.smpacademy.account.AccountInvited;
import com.smpacademy.account.PasswordResetRequested;
import com.smpacademy.certification.CertificateExpiring;
import com.smpacademy.certification.CertificateIssued;
import com.smpacademy.certification.CertificateRevoked;
import com.smpacademy.practice.PracticeEntryReviewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other features' events into notices. Synchronous listeners on purpose: each runs inside the publisher's
 * transaction, so the outbox row commits or rolls back with the decision, issue or revocation that caused it.
 */
@Component
class EventListeners {

    private final NotificationService notifications;
    private final MessageTemplates templates;

    EventListeners(NotificationService notifications, MessageTemplates templates) {
        this.notifications = notifications;
        this.templates = templates;
    }

    @EventListener
    void on(PracticeEntryReviewed event) {
        notifications.send(templates.entryReviewed(event));
    }

    @EventListener
    void on(CertificateIssued event) {
        notifications.send(templates.certificateIssued(event));
    }

    @EventListener
    void on(CertificateExpiring event) {
        notifications.send(templates.certificateExpiring(event));
    }

    @EventListener
    void on(CertificateRevoked event) {
        notifications.send(templates.certificateRevoked(event));
    }

    @EventListener
    void on(PasswordResetRequested event) {
        notifications.send(templates.passwordReset(event));
    }

    @EventListener
    void on(AccountInvited event) {
        notifications.send(templates.invitation(event));
    }
}
