package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.Sponsor;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;

/** A trainee's sponsoring clinics, what they see, and leaving one. */
@Route("my-clinics")
@PageTitle("My sponsoring clinics")
@RolesAllowed(Role.TRAINEE_NAME)
public class MyClinicsView extends Div {

    final Div list = new Div();
    private final ClinicService clinics;

    public MyClinicsView(ClinicService clinics) {
        this.clinics = clinics;
        setId("my-clinics-view");
        addClassNames("view", "narrow");
        list.setId("my-clinics");
        Paragraph what = new Paragraph("A clinic that sponsors your training sees your modules complete, best quiz "
                + "scores, approved practice hours and certification eligibility — never your photos, notes, answers "
                + "or your instructors' comments. When you leave, it sees nothing more.");
        what.addClassName("muted");
        add(what, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Sponsor> sponsors = clinics.mySponsors();
        if (sponsors.isEmpty()) {
            Paragraph none = new Paragraph("No clinic sponsors your training.");
            none.addClassName("empty-state");
            list.add(none);
        }
        for (Sponsor s : sponsors) {
            Button leave = new Button("Leave " + s.clinicName(), e -> leave(s));
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            leave.setId("leave-" + s.clinicId());
            Div row = new Div(new Span(s.clinicName() + " · " + s.city() + " · since "
                    + RosterView.DATE.format(s.since().atZone(ZoneOffset.UTC).toLocalDate())), leave);
            row.addClassName("sponsor-row");
            list.add(row);
        }
    }

    private void leave(Sponsor s) {
        try {
            clinics.leaveClinic(s.clinicId());
            Notifications.success("You left " + s.clinicName() + ". It no longer sees your progress.");
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
