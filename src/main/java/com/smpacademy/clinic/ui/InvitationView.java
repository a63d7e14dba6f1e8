package com.smpacademy.clinic.ui;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.clinic.ClinicService.InvitationInfo;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Where an invitation link lands. Anyone holding the link sees which clinic invites whom; accepting needs the
 * invited email's account (log in or register first; the link is remembered for after the login).
 */
@Route(value = "clinic/invitation/:token", autoLayout = false)
@PageTitle("Clinic invitation")
@AnonymousAllowed
public class InvitationView extends Div implements BeforeEnterObserver {

    /** The session attribute holding an invitation opened before logging in. */
    static final String PENDING = "academy.clinic.invitation";

    final Div panel = new Div();
    final Button accept = new Button("Accept invitation");
    private final ClinicService clinics;
    private final CurrentUser currentUser;
    private String token = "";

    public InvitationView(ClinicService clinics, CurrentUser currentUser) {
        this.clinics = clinics;
        this.currentUser = currentUser;
        setId("invitation-view");
        addClassName("auth-page");
        panel.addClassName("auth-panel");
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        panel.removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        H1 brand = new H1("SMP Academy");
        brand.addClassName("auth-brand");
        panel.add(brand);
        Optional<InvitationInfo> info = clinics.invitation(token);
        if (info.isEmpty()) {
            panel.add(new H2("Invitation not found"), message("invitation-message", "This invitation link is not "
                    + "valid. Check that you copied all of it, or ask the clinic to send a new one."));
            return;
        }
        InvitationInfo i = info.get();
        panel.add(new H2(i.forOwner() ? "Co-own " + i.clinicName() : "Train with " + i.clinicName()));
        panel.add(message("invitation-what", i.forOwner()
                ? i.clinicName() + " (" + i.city() + ") invites " + i.email() + " to co-own its workspace: the "
                        + "roster of its artists, their certificate alerts and its sponsored trainees."
                : i.clinicName() + " (" + i.city() + ") invites " + i.email() + " to train with SMP Academy as its "
                        + "sponsored trainee. Once you accept, the clinic sees your progress — modules complete, best "
                        + "quiz scores, approved practice hours and eligibility — but never your photos, notes, "
                        + "answers or your instructors' comments. You can leave the clinic at any time."));
        switch (i.state()) {
            case USED -> panel.add(message("invitation-message", "This invitation has already been used."));
            case CANCELLED -> panel.add(message("invitation-message", "The clinic cancelled this invitation."));
            case EXPIRED -> panel.add(message("invitation-message", "This invitation expired on "
                    + RosterView.DATE.format(i.expiresAt().atZone(ZoneOffset.UTC).toLocalDate())
                    + ". Ask the clinic to send a new one."));
            case OPEN -> {
                Optional<AccountPrincipal> me = currentUser.get();
                if (me.isPresent()) {
                    panel.add(message("invitation-as", "You are logged in as " + me.get().email() + "."), accept);
                } else {
                    VaadinSession.getCurrent().setAttribute(PENDING, token);
                    panel.add(message("invitation-message", i.forOwner()
                            ? "Log in with your clinic-owner account for " + i.email() + " to accept."
                            : "Log in as " + i.email() + ", or create your trainee account with that email, to "
                                    + "accept. Your dashboard shows this invitation after you log in."),
                            new Anchor("login", "Log in"));
                    if (!i.forOwner()) {
                        panel.add(new Paragraph(new Anchor("register", "Create a trainee account")));
                    }
                }
            }
        }
    }

    private void accept() {
        try {
            ClinicSummary clinic = clinics.acceptInvitation(token);
            VaadinSession.getCurrent().setAttribute(PENDING, null);
            Notifications.success("You joined " + clinic.name() + ".");
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
            panel.add(message("invitation-error", e.getMessage()));
        }
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
