package com.smpacademy.account.ui;

import com.smpacademy.account.LoginRefusedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Login with email and password. The form posts to Spring Security; on failure Spring redirects back here with
 * {@code ?error} and leaves the reason in the session, which picks the message (locked out, disabled, or wrong
 * email or password — the last never says which of the two was wrong).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();
    private final AuthenticationContext authenticationContext;
    /** The error the form shows, kept for tests (the form's own i18n getter is not public). */
    String errorTitle = "";
    String errorMessage = "";

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setId("login-view");
        addClassName("auth-page");

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n("Incorrect email or password", "Check both and try again."));

        notice.setId("login-notice");
        notice.addClassName("auth-notice");
        notice.setVisible(false);

        H1 brand = new H1("SMP Academy");
        brand.addClassName("auth-brand");
        Span tagline = new Span("Training and certification for scalp micropigmentation artists");
        tagline.addClassName("auth-tagline");

        Div register = new Div(new Span("New trainee? "), new RouterLink("Create an account", RegisterView.class));
        register.addClassName("auth-switch");

        Div panel = new Div(brand, tagline, notice, login, register);
        panel.addClassName("auth-panel");
        add(panel);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        this.errorTitle = errorTitle;
        this.errorMessage = errorMessage;
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Log in");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            showError(takeLastFailure());
        } else if (params.containsKey("registered")) {
            showNotice("Your trainee account is ready. Log in with your email and password.");
        } else if (params.containsKey("password-set")) {
            showNotice("Your new password is saved. Log in with it.");
        } else if (params.containsKey("logout")) {
            showNotice("You have logged out.");
        }
    }

    private void showError(Object failure) {
        if (failure instanceof LoginRefusedException locked) {
            login.setI18n(i18n("Logging in is paused", locked.getMessage()));
        } else if (failure instanceof DisabledException disabled) {
            login.setI18n(i18n("Account disabled", disabled.getMessage()));
        } else {
            login.setI18n(i18n("Incorrect email or password", "Check both and try again."));
        }
        login.setError(true);
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static Object takeLastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return "";
        }
        Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure == null ? "" : failure;
    }
}
