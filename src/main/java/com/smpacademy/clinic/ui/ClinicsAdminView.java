package com.smpacademy.clinic.ui;

import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicAdminRow;
import com.smpacademy.clinic.ClinicService.CreatedClinic;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins create clinics with their first owner and see every clinic. */
@Route("admin/clinics")
@PageTitle("Clinics")
@Menu(order = 52, icon = "vaadin:building", title = "Clinics")
@RolesAllowed(Role.ADMIN_NAME)
public class ClinicsAdminView extends Div {

    final TextField name = new TextField("Clinic name");
    final TextField city = new TextField("City or region");
    final EmailField contact = new EmailField("Contact email");
    final TextField ownerName = new TextField("First owner's name");
    final EmailField ownerEmail = new EmailField("First owner's email");
    final Button create = new Button("Create clinic");
    final Paragraph created = new Paragraph();
    final Grid<ClinicAdminRow> grid = new Grid<>();
    private final FieldErrors errors = new FieldErrors().bind("name", name).bind("city", city)
            .bind("contactEmail", contact).bind("ownerName", ownerName).bind("ownerEmail", ownerEmail);
    private final ClinicService clinics;

    public ClinicsAdminView(ClinicService clinics) {
        this.clinics = clinics;
        setId("clinics-admin-view");
        addClassName("view");
        name.setId("clinic-name");
        city.setId("clinic-city");
        contact.setId("clinic-contact");
        ownerName.setId("clinic-owner-name");
        ownerName.setHelperText("Needed when the owner has no account yet: one is created for them.");
        ownerEmail.setId("clinic-owner-email");
        create.setId("clinic-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        created.setId("clinic-created");
        FormLayout form = new FormLayout(name, city, contact, ownerName, ownerEmail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        grid.setId("clinics-grid");
        grid.addColumn(r -> r.clinic().name()).setHeader("Clinic").setFlexGrow(2);
        grid.addColumn(r -> r.clinic().city()).setHeader("City or region");
        grid.addColumn(r -> r.clinic().contactEmail()).setHeader("Contact");
        grid.addColumn(r -> String.join(", ", r.owners())).setHeader("Owners").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No clinic yet.");
        add(new H3("New clinic"), form, create, created, new H3("All clinics"), grid);
        refresh();
    }

    private void create() {
        errors.clear();
        created.setText("");
        try {
            CreatedClinic c = clinics.createClinic(name.getValue(), city.getValue(), contact.getValue(),
                    ownerName.getValue(), ownerEmail.getValue());
            created.setText(c.invitationExpiresAt() == null
                    ? c.clinic().name() + " created; " + c.ownerEmail() + " owns it."
                    : c.clinic().name() + " created with a new clinic-owner account for " + c.ownerEmail()
                            + ", who was e-mailed a link to choose a password (valid until "
                            + RosterView.DATE.format(c.invitationExpiresAt().atZone(java.time.ZoneOffset.UTC))
                            + ").");
            Notifications.success(c.clinic().name() + " created.");
            name.clear();
            city.clear();
            contact.clear();
            ownerName.clear();
            ownerEmail.clear();
            refresh();
        } catch (InvalidInputException e) {
            String rest = errors.show(e);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
        }
    }

    private void refresh() {
        grid.setItems(clinics.allClinics());
    }
}
