package com.smpacademy.clinic;

import com.smpacademy.account.Role;
import com.smpacademy.notification.Notice;
import com.smpacademy.notification.NotificationKind;
import com.smpacademy.notification.NotificationService;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Sends each new roster alert to its owner through notifications (bell and e-mail, as the owner's preferences
 * say), in the transaction that wrote the alert; the once-key makes a replay send nothing.
 */
@Configuration(proxyBeanMethods = false)
class ClinicAlertMail {

    static final String KIND = "clinic.roster-alert";

    private final NotificationService notifications;

    ClinicAlertMail(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Bean
    static NotificationKind rosterAlertKind() {
        return NotificationKind.optional(KIND, "Roster alerts", "A certificate on your clinic's roster was revoked, "
                + "comes within 60 or 30 days of expiry, expired, or was renewed.", Role.CLINIC_OWNER);
    }

    @EventListener
    void on(ClinicAlertRaised e) {
        notifications.send(new Notice(e.ownerId(), KIND, e.kind().label() + ": " + e.holderName(),
                List.of(e.message()), "clinic/alerts?clinic=" + e.clinicId(), "Open your clinic's alerts")
                .once("clinic-alert:" + e.clinicId() + ":" + e.ownerId() + ":" + e.eventKey()));
    }
}
