package com.smpacademy.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    AccountPrincipal me;
    ProfileView view;

    @BeforeEach
    void open() {
        me = users.create(Role.TRAINEE, "first-pass-word-1");
        login(me);
        UI.getCurrent().navigate(ProfileView.class);
        view = _get(ProfileView.class);
    }

    @Test
    void aTraineeChangesTheirPassword() {
        type(view.currentPassword, "first-pass-word-1");
        type(view.newPassword, "fresh-needle-set-9");
        type(view.confirmPassword, "fresh-needle-set-9");
        _click(view.changePassword);

        String hash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                me.id());
        assertThat(encoder.matches("fresh-needle-set-9", hash)).isTrue();
        assertThat(view.currentPassword.getValue()).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsShownOnThatField() {
        type(view.currentPassword, "not-my-password-1");
        type(view.newPassword, "fresh-needle-set-9");
        type(view.confirmPassword, "fresh-needle-set-9");
        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.newPassword.getValue()).isEqualTo("fresh-needle-set-9");
    }

    @Test
    void aTraineeRenamesThemselvesAndAnEmptyNameIsRefused() {
        type(view.name, "  ");
        _click(view.saveName);
        assertThat(view.name.getErrorMessage()).isEqualTo("Enter your full name.");

        type(view.name, "Samira  Haddad");
        _click(view.saveName);
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                me.id())).isEqualTo("Samira Haddad");
    }
}
