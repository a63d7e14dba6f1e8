package com.smpacademy.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Forgot password?" on the login page, the request page and the page behind the link. */
class PasswordResetViewsTest extends KaribuTest {

    private static final Pattern TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired JdbcTemplate jdbc;

    private String answerFor(String email) {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        ForgotPasswordView view = _get(ForgotPasswordView.class);
        type(view.email, email);
        _click(view.send);
        assertThat(view.answer.isVisible()).isTrue();
        return view.answer.getText();
    }

    private String linkTokenFor(String email) {
        String body = jdbc.queryForObject("select body_text from outbox_message where to_address = ? order by id desc "
                + "fetch first 1 rows only", String.class, email);
        Matcher m = TOKEN.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void forgotPasswordOnTheLoginPageOpensTheRequestPage() {
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginView.class).login;
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        com.vaadin.flow.component.ComponentUtil.fireEvent(form,
                new com.vaadin.flow.component.login.AbstractLogin.ForgotPasswordEvent(form, true));
        NavigatorKt.expectView(ForgotPasswordView.class);
    }

    @Test
    void aKnownAndAnUnknownEmailGetTheSameAnswer() {
        AccountPrincipal someone = users.create(Role.TRAINEE);
        String known = answerFor(someone.email());
        String unknown = answerFor("nobody-" + System.nanoTime() + "@example.org");
        assertThat(known).isEqualTo(unknown).isEqualTo(ForgotPasswordView.ANSWER);
    }

    @Test
    void aMalformedEmailIsMarkedOnTheField() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        ForgotPasswordView view = _get(ForgotPasswordView.class);
        type(view.email, "not-an-email");
        _click(view.send);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.answer.isVisible()).isFalse();
    }

    @Test
    void theLinkLetsThePersonChooseAPasswordOnceAndSendsThemToLogIn() {
        AccountPrincipal someone = users.create(Role.TRAINEE);
        answerFor(someone.email());
        String token = linkTokenFor(someone.email());

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        ResetPasswordView view = _get(ResetPasswordView.class);
        assertThat(view.intro.getText()).contains(someone.email());
        type(view.password, "short");
        type(view.confirm, "short");
        _click(view.save);
        assertThat(view.password.isInvalid()).isTrue();

        type(view.password, "fresh pass word 81");
        type(view.confirm, "fresh pass word 81");
        _click(view.save);
        NavigatorKt.expectView(LoginView.class);
        assertThat(_get(LoginView.class).notice.getText()).contains("new password is saved");

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        ResetPasswordView again = _get(ResetPasswordView.class);
        assertThat(again.problem.isVisible()).isTrue();
        assertThat(again.problem.getText()).contains("expired or was already used");
        assertThat(again.form.isVisible()).isFalse();
    }

    @Test
    void anUnknownLinkShowsWhatToDoInstead() {
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", "made-up"));
        assertThat(_get(ResetPasswordView.class).problem.getText()).contains("ask for a new one");
    }
}
