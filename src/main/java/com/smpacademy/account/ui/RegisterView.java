package com.smpacademy.account.ui;

import com.smpacademy.account.AccountService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.ui.FieldErrors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Self-registration for trainees. Instructors, clinic owners and admins are created by an admin. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create a trainee account")
@AnonymousAllowed
public class RegisterView extends Div {

    final TextField name = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmPassword = new PasswordField("Confirm password");
    final Button create = new Button("Create account");
    final Paragraph formError = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private final AccountService accounts;

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        setId("register-view");
        addClassName("auth-page");

        name.setId("register-name");
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setHelperText("As it should appear on your certificate.");
        email.setId("register-email");
        email.setErrorMessage("Enter an email address like name@example.com.");
        password.setId("register-password");
        password.setHelperText("At least 10 characters, mixing letters with digits, spaces or symbols.");
        confirmPassword.setId("register-confirm");
        create.setId("register-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> register());
        formError.addClassName("form-error");
        formError.setVisible(false);

        errors.bind("name", name).bind("email", email).bind("password", password)
                .bind("confirmPassword", confirmPassword);

        FormLayout form = new FormLayout(name, email, password, confirmPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        H1 title = new H1("Create your trainee account");
        title.addClassName("auth-title");
        Paragraph intro = new Paragraph("Study the SMP practitioner modules, take the quizzes and log your "
                + "supervised practice towards certification.");
        Div login = new Div(new Span("Already have an account? "), new RouterLink("Log in", LoginView.class));
        login.addClassName("auth-switch");

        Div panel = new Div(title, intro, formError, form, create, login);
        panel.addClassNames("auth-panel", "auth-form");
        add(panel);
    }

    private void register() {
        errors.clear();
        formError.setVisible(false);
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            accounts.registerTrainee(name.getValue(), email.getValue(), password.getValue(),
                    confirmPassword.getValue(), request == null ? null : request.getRemoteAddr());
            getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of("registered", "")));
        } catch (InvalidInputException e) {
            String rest = errors.show(e);
            if (!rest.isEmpty()) {
                formError.setText(rest);
                formError.setVisible(true);
            }
        }
    }
}
