package com.smpacademy.clinic.ui;

import com.smpacademy.account.CurrentUser;
import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.ui.NavBadge;
import org.springframework.stereotype.Component;

/** The number of unread alerts beside "Alerts" in the side navigation. */
@Component
class AlertsBadge implements NavBadge {

    private final ClinicService clinics;
    private final CurrentUser currentUser;

    AlertsBadge(ClinicService clinics, CurrentUser currentUser) {
        this.clinics = clinics;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "clinic/alerts";
    }

    @Override
    public long count() {
        return currentUser.get().filter(p -> p.role() == Role.CLINIC_OWNER).map(p -> clinics.unreadAlerts())
                .orElse(0L);
    }
}
