package com.smpacademy.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.account.LoginRefusedException;
import com.smpacademy.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The login page turns Spring Security's failure into the right message. */
class LoginViewTest extends KaribuTest {

    private LoginView openAfterFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return _get(LoginView.class);
    }

    @Test
    void aWrongPasswordSaysIncorrectEmailOrPasswordWithoutSayingWhich() {
        LoginView view = openAfterFailure(new BadCredentialsException("x"));
        assertThat(view.login.isError()).isTrue();
        assertThat(view.errorTitle).isEqualTo("Incorrect email or password");
    }

    @Test
    void aLockedOutLoginSaysHowLongToWait() {
        LoginView view = openAfterFailure(new LoginRefusedException("Too many failed attempts. Wait 15 minutes."));
        assertThat(view.login.isError()).isTrue();
        assertThat(view.errorTitle).isEqualTo("Logging in is paused");
        assertThat(view.errorMessage).contains("15 minutes");
    }

    @Test
    void aDisabledAccountIsToldToContactTheAcademy() {
        LoginView view = openAfterFailure(new DisabledException("This account has been disabled."));
        assertThat(view.errorTitle).isEqualTo("Account disabled");
    }

    @Test
    void theFormPostsToSpringSecurityAndTheFailureIsShownOnlyOnce() {
        LoginView view = openAfterFailure(new BadCredentialsException("x"));
        assertThat(view.login.getAction()).isEqualTo("login");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isNull();
    }

    @Test
    void aPlainVisitShowsNoError() {
        UI.getCurrent().navigate(LoginView.class);
        LoginView view = _get(LoginView.class);
        assertThat(view.login.isError()).isFalse();
        assertThat(view.notice.isVisible()).isFalse();
    }

    @Test
    void afterLogoutTheVisitorIsToldTheyLoggedOut() {
        UI.getCurrent().navigate("login", QueryParameters.of("logout", ""));
        assertThat(_get(LoginView.class).notice.getText()).isEqualTo("You have logged out.");
    }
}
