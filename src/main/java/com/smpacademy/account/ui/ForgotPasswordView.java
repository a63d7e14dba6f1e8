package com.smpacademy.account.ui;

import com.smpacademy.account.PasswordResetService;
import com.smpacademy.common.InvalidInputException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot password?": the person types their e-mail and always reads the same answer, whether or not an account
 * has that address (the service also takes about the same time either way).
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password")
@AnonymousAllowed
public class ForgotPasswordView extends Div {

    static final String ANSWER = "If an account uses this address, we have sent it a link to choose a new "
            + "password. The link works once, for 30 minutes. Check your spam folder if it does not arrive in a "
            + "few minutes.";

    final EmailField email = new EmailField("Email");
    final Button send = new Button("Send reset link");
    final Paragraph answer = new Paragraph(ANSWER);
    private final PasswordResetService resets;

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        setId("forgot-password-view");
        addClassName("auth-page");

        email.setId("forgot-email");
        email.setErrorMessage("Enter an email address like name@example.com.");
        email.setAutofocus(true);
        email.setWidthFull();
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> request());
        answer.setId("forgot-answer");
        answer.addClassName("auth-notice");
        answer.setVisible(false);

        H1 title = new H1("Forgot your password?");
        title.addClassName("auth-title");
        Paragraph intro = new Paragraph("Type the email you log in with. We will send you a link to choose a new "
                + "password.");
        Div back = new Div(new Span("Remembered it? "), new RouterLink("Log in", LoginView.class));
        back.addClassName("auth-switch");

        Div panel = new Div(title, intro, answer, email, send, back);
        panel.addClassNames("auth-panel", "auth-form");
        add(panel);
    }

    private void request() {
        email.setInvalid(false);
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            resets.requestReset(email.getValue(), request == null ? null : request.getRemoteAddr());
            answer.setVisible(true);
            email.clear();
        } catch (InvalidInputException e) {
            email.setErrorMessage(e.fieldErrors().getOrDefault("email", e.getMessage()));
            email.setInvalid(true);
        }
    }
}
