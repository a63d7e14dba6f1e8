package com.smpacademy.account.ui;

import com.smpacademy.account.PasswordResetService;
import com.smpacademy.account.PasswordResetService.LinkInfo;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.ui.FieldErrors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** The page behind a reset or invitation link ({@code /reset-password?token=...}): choose a new password. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a password")
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver {

    final H1 title = new H1("Choose a new password");
    final Paragraph intro = new Paragraph();
    final PasswordField password = new PasswordField("New password");
    final PasswordField confirm = new PasswordField("Confirm new password");
    final Button save = new Button("Save password");
    final Paragraph problem = new Paragraph();
    final Div form = new Div();
    private final FieldErrors errors = new FieldErrors();
    private final PasswordResetService resets;
    private String token = "";

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        setId("reset-password-view");
        addClassName("auth-page");

        title.addClassName("auth-title");
        intro.setId("reset-intro");
        password.setId("reset-password");
        password.setHelperText("At least 10 characters, mixing letters with digits, spaces or symbols.");
        password.setAutofocus(true);
        confirm.setId("reset-confirm");
        save.setId("reset-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        problem.setId("reset-problem");
        problem.addClassName("form-error");
        problem.setVisible(false);
        errors.bind("newPassword", password).bind("confirmPassword", confirm);

        FormLayout fields = new FormLayout(password, confirm);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(fields, save);
        Div links = new Div(new RouterLink("Ask for a new link", ForgotPasswordView.class), new Span(" · "),
                new RouterLink("Log in", LoginView.class));
        links.addClassName("auth-switch");

        Div panel = new Div(title, intro, problem, form, links);
        panel.addClassNames("auth-panel", "auth-form");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        Optional<LinkInfo> link = resets.check(token);
        if (link.isEmpty()) {
            showProblem("This link has expired or was already used. Links work once, for a limited time: ask "
                    + "for a new one.");
            return;
        }
        if (link.get().invitation()) {
            title.setText("Welcome, " + link.get().displayName());
            intro.setText("Choose the password you will log in with, as " + link.get().email() + ".");
        } else {
            intro.setText("Choose a new password for " + link.get().email() + ". You will be signed out "
                    + "everywhere else.");
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        form.setVisible(false);
        intro.setVisible(false);
    }

    private void save() {
        errors.clear();
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            resets.choosePassword(token, password.getValue(), confirm.getValue(),
                    request == null ? null : request.getRemoteAddr());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("password-set", "")));
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (RuleViolationException e) {
            showProblem(e.getMessage());
        }
    }
}
