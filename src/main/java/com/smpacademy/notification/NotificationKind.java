package com.smpacademy.notification;

import com.smpacademy.account.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of message, as it shows on each person's list of preferences. A feature declares the kinds it sends as
 * Spring beans, and the notification feature picks them all up:
 *
 * <pre>{@code
 * @Bean
 * NotificationKind rosterAlert() {
 *     return NotificationKind.optional("clinic.roster-alert", "Roster alerts",
 *             "An artist on your clinic's roster has a certificate that expires, expired or was revoked.",
 *             Role.CLINIC_OWNER);
 * }
 * }</pre>
 *
 * @param key         stable identifier, {@code feature.what} ({@code clinic.roster-alert}); stored with each
 *                    message and each preference, so never rename it
 * @param label       the name on the preferences list
 * @param description one sentence saying when the message is sent (shown under the label, and in each e-mail's
 *                    footer as the reason the person receives it)
 * @param audience    the roles that can receive it: only those see it on their preference list
 * @param security    security messages (password reset, invitation) cannot be turned off
 */
public record NotificationKind(String key, String label, String description, Set<Role> audience,
                               boolean security) {

    public NotificationKind {
        if (!key.matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+") || key.length() > 60) {
            throw new IllegalArgumentException("A kind's key reads feature.what, lower case, at most 60: " + key);
        }
        audience = Set.copyOf(audience);
    }

    /** A kind each person in {@code audience} may turn off, by e-mail and in the app separately. */
    public static NotificationKind optional(String key, String label, String description, Role... audience) {
        return new NotificationKind(key, label, description, audience.length == 0 ? EnumSet.allOf(Role.class)
                : EnumSet.of(audience[0], audience), false);
    }

    /** A security message: always sent, shown on the preference list as "always on". */
    public static NotificationKind security(String key, String label, String description) {
        return new NotificationKind(key, label, description, EnumSet.allOf(Role.class), true);
    }

    public boolean isFor(Role role) {
        return audience.contains(role);
    }
}
