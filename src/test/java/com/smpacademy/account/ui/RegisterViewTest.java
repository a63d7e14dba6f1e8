package com.smpacademy.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RegisterViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    RegisterView view;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(RegisterView.class);
        view = _get(RegisterView.class);
    }

    private void fill(String name, String email, String password, String confirm) {
        type(view.name, name);
        type(view.email, email);
        type(view.password, password);
        type(view.confirmPassword, confirm);
        _click(view.create);
    }

    @Test
    void aNewTraineeRegistersAndIsSentToLogInWithAWelcome() {
        String email = "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fill("Lena Fischer", email, "stipple-dots-77", "stipple-dots-77");

        NavigatorKt.expectView(LoginView.class);
        LoginView login = _get(LoginView.class);
        assertThat(login.notice.isVisible()).isTrue();
        assertThat(login.notice.getText()).contains("Your trainee account is ready");
        assertThat(jdbc.queryForObject("select role from user_account where email = ?", String.class, email))
                .isEqualTo("TRAINEE");
    }

    @Test
    void aDuplicateEmailIsShownOnTheEmailField() {
        fill("Someone Else", TestUsers.TRAINEE, "stipple-dots-77", "stipple-dots-77");

        NavigatorKt.expectView(RegisterView.class);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("already exists");
        assertThat(view.password.isInvalid()).isFalse();
        // nothing typed is lost
        assertThat(view.name.getValue()).isEqualTo("Someone Else");
        assertThat(view.password.getValue()).isEqualTo("stipple-dots-77");
    }

    @Test
    void aWeakPasswordIsShownOnThePasswordField() {
        fill("Lena Fischer", "weak-" + UUID.randomUUID() + "@example.org", "password123", "password123");

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("too common");
        assertThat(view.email.isInvalid()).isFalse();
    }

    @Test
    void aShortPasswordIsShownOnThePasswordField() {
        fill("Lena Fischer", "short-" + UUID.randomUUID() + "@example.org", "abc12", "abc12");
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters.");
    }

    @Test
    void aMismatchedConfirmationIsShownOnTheConfirmField() {
        fill("Lena Fischer", "mismatch-" + UUID.randomUUID() + "@example.org", "stipple-dots-77",
                "stipple-dots-78");

        assertThat(view.confirmPassword.isInvalid()).isTrue();
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("The two passwords do not match.");
        assertThat(view.password.isInvalid()).isFalse();
    }

    @Test
    void aMissingNameAndABadEmailAreEachShownOnTheirField() {
        fill("", "not an email", "stipple-dots-77", "stipple-dots-77");

        assertThat(view.name.getErrorMessage()).isEqualTo("Enter your full name.");
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter an email address like name@example.com.");
    }
}
