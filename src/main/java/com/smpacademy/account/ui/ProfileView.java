package com.smpacademy.account.ui;

import com.smpacademy.account.AccountService;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** One's own name and password. */
@Route("profile")
@PageTitle("Profile")
@Menu(order = 90, icon = "vaadin:user", title = "Profile")
@RolesAllowed({Role.TRAINEE_NAME, Role.INSTRUCTOR_NAME, Role.CLINIC_OWNER_NAME, Role.ADMIN_NAME})
public class ProfileView extends Div {

    final TextField name = new TextField("Full name");
    final TextField email = new TextField("Email");
    final TextField role = new TextField("Role");
    final Button saveName = new Button("Save name");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField confirmPassword = new PasswordField("Confirm new password");
    final Button changePassword = new Button("Change password");
    private final FieldErrors nameErrors = new FieldErrors();
    private final FieldErrors passwordErrors = new FieldErrors();
    private final AccountService accounts;

    ProfileView(AccountService accounts, java.util.List<com.smpacademy.ui.ProfileSection> sections) {
        this.accounts = accounts;
        setId("profile-view");
        addClassNames("view", "narrow");
        UserAccount me = accounts.me();

        name.setId("profile-name");
        name.setValue(me.getDisplayName());
        name.setHelperText("Shown to your instructors and printed on your certificates.");
        email.setValue(me.getEmail());
        email.setReadOnly(true);
        email.setHelperText("Your login. Ask an admin if it needs to change.");
        role.setValue(me.getRole().label());
        role.setReadOnly(true);
        saveName.setId("profile-save-name");
        saveName.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveName.addClickListener(e -> saveName());
        nameErrors.bind("name", name);

        Card details = new Card();
        details.setTitle(new H3("Your details"));
        FormLayout detailsForm = new FormLayout(name, email, role);
        details.add(detailsForm, saveName);

        currentPassword.setId("profile-current-password");
        newPassword.setId("profile-new-password");
        newPassword.setHelperText("At least 10 characters, mixing letters with digits, spaces or symbols.");
        confirmPassword.setId("profile-confirm-password");
        changePassword.setId("profile-change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        passwordErrors.bind("currentPassword", currentPassword).bind("newPassword", newPassword)
                .bind("confirmPassword", confirmPassword);

        Card password = new Card();
        password.setTitle(new H3("Change password"));
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, confirmPassword);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        password.add(passwordForm, changePassword);

        add(details, password);
        sections.stream().sorted(java.util.Comparator.comparingInt(com.smpacademy.ui.ProfileSection::order))
                .forEach(section -> section.create().ifPresent(this::add));
    }

    private void saveName() {
        try {
            UserAccount updated = accounts.changeOwnName(name.getValue());
            nameErrors.clear();
            name.setValue(updated.getDisplayName());
            Notifications.success("Your name is saved. It shows everywhere the next time you log in.");
        } catch (InvalidInputException e) {
            nameErrors.show(e);
        }
    }

    private void changePassword() {
        try {
            accounts.changeOwnPassword(currentPassword.getValue(), newPassword.getValue(),
                    confirmPassword.getValue());
            passwordErrors.clear();
            currentPassword.clear();
            newPassword.clear();
            confirmPassword.clear();
            Notifications.success("Your password has been changed.");
        } catch (InvalidInputException e) {
            passwordErrors.show(e);
        }
    }
}
