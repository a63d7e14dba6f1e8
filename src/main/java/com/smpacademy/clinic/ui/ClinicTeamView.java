package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.clinic.ClinicService.OwnerView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The clinic's details and owners; an owner invites a co-owner by email. */
@Route("clinic/team")
@PageTitle("Clinic and owners")
@Menu(order = 44, icon = "vaadin:building", title = "Clinic and owners")
@RolesAllowed(Role.CLINIC_OWNER_NAME)
public class ClinicTeamView extends Div implements BeforeEnterObserver {

    private final ClinicService clinics;

    public ClinicTeamView(ClinicService clinics) {
        this.clinics = clinics;
        setId("clinic-team-view");
        addClassNames("view", "narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ClinicSummary> mine = clinics.myClinics();
        Optional<ClinicSummary> chosen = ClinicContext.open(event, mine, this);
        if (chosen.isEmpty()) {
            return;
        }
        ClinicSummary clinic = chosen.get();
        ClinicContext.picker(mine, clinic, ClinicTeamView.class).ifPresent(this::add);
        Paragraph details = new Paragraph(clinic.name() + " · " + clinic.city() + " · " + clinic.contactEmail());
        details.setId("clinic-details");
        UnorderedList owners = new UnorderedList();
        owners.setId("clinic-owners");
        for (OwnerView o : clinics.owners(clinic.id())) {
            owners.add(new ListItem(o.name() + " — owner since " + RosterView.DATE.format(o.since()
                    .atZone(ZoneOffset.UTC).toLocalDate())));
        }
        add(new H3(clinic.name()), details, new H3("Owners"), owners,
                new InvitationPanel("owner", "Invite a co-owner",
                        "A co-owner sees and changes everything of this clinic, as you do. They accept with a "
                                + "clinic-owner account under the invited email.",
                        email -> clinics.inviteCoOwner(clinic.id(), email), () -> clinics.pendingInvitations(
                                clinic.id()).stream().filter(i -> i.kind().equals("OWNER")).toList(),
                        id -> clinics.cancelInvitation(clinic.id(), id)));
    }
}
