package com.smpacademy.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class UsersViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    UsersView view;

    @BeforeEach
    void openAsAdmin() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        view = _get(UsersView.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    @Test
    void theAdminCreatesAnInstructorWhoIsSentAnInvitationInsteadOfAPassword() {
        String email = "instr-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        _click(view.newAccount);
        type(_get(TextField.class, s -> s.withId("create-name")), "Rosa Jimenez");
        type(_get(EmailField.class, s -> s.withId("create-email")), email);
        type(select("create-role"), Role.INSTRUCTOR);
        _click(_get(Button.class, s -> s.withId("create-submit")));

        assertThat(_get(Paragraph.class, s -> s.withId("invitation-sent-text")).getText())
                .contains("was sent an invitation to " + email);
        _assertNone(TextField.class, s -> s.withId("temporary-password"));
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where to_address = ? and kind = "
                + "'account.invitation'", Integer.class, email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select role from user_account where email = ?", String.class, email))
                .isEqualTo("INSTRUCTOR");
        type(view.search, email);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getRole()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void creatingAnAccountWithATakenEmailShowsTheErrorOnTheEmailField() {
        _click(view.newAccount);
        type(_get(TextField.class, s -> s.withId("create-name")), "Copy Cat");
        EmailField email = _get(EmailField.class, s -> s.withId("create-email"));
        type(email, TestUsers.INSTRUCTOR);
        _click(_get(Button.class, s -> s.withId("create-submit")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("An account with this email already exists.");
    }

    @Test
    void theAdminChangesATraineesRole() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        type(view.search, trainee.email());
        UserAccount row = GridKt._get(view.grid, 0);
        view.openRoleDialog(row);
        type(select("role-select"), Role.INSTRUCTOR);
        _click(_get(Button.class, s -> s.withId("role-save")));

        assertThat(jdbc.queryForObject("select role from user_account where id = ?", String.class, trainee.id()))
                .isEqualTo("INSTRUCTOR");
        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(e -> assertThat(e.getProperty("text")).contains("is now Instructor"));
    }

    @Test
    void theAdminDisablesAnAccountAfterConfirming() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        type(view.search, trainee.email());
        var actions = GridKt._getCellComponent(view.grid, 0, "actions");
        _click(_get(actions, Button.class, s -> s.withId("toggle-enabled-" + trainee.id())));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("toggle-confirm"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class,
                trainee.id())).isFalse();
        assertThat(GridKt._get(view.grid, 0).isEnabled()).isFalse();
    }

    @Test
    void theAdminCannotDisableThemselvesAndIsToldWhy() {
        type(view.search, TestUsers.ADMIN);
        UserAccount me = GridKt._get(view.grid, 0);
        view.toggle(me, false);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("You cannot disable your own account.");
        assertThat(jdbc.queryForObject("select enabled from user_account where email = ?", Boolean.class,
                TestUsers.ADMIN)).isTrue();
    }

    @Test
    void filteringByRoleListsOnlyThatRole() {
        type(view.roleFilter, Role.CLINIC_OWNER);
        assertThat(GridKt._findAll(view.grid)).isNotEmpty().allMatch(u -> u.getRole() == Role.CLINIC_OWNER);
    }
}
