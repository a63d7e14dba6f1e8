package com.smpacademy.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.account.ui.ProfileView;
import com.smpacademy.notification.Notice;
import com.smpacademy.notification.NotificationService;
import com.smpacademy.notification.OutboxSender;
import com.smpacademy.notification.OutboxStatus;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell, the notifications page, preferences on the profile and the admin Outbox page. */
class NotificationViewsTest extends KaribuTest {

    @Autowired NotificationService notifications;
    @Autowired OutboxSender sender;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    private void notify(AccountPrincipal to, String title) {
        tx.executeWithoutResult(s -> notifications.send(new Notice(to.id(), "practice.entry-reviewed", title,
                List.of("Body of " + title, "Comment: <script>x</script>"), "practice", "Open the logbook")));
    }

    private Span count() {
        return _get(NotificationBell.Bell.class).count;
    }

    @Test
    void theBellCountsUnreadNotificationsAndOpensTheNotificationsPage() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        login(trainee);
        UI.getCurrent().navigate("");
        assertThat(count().isVisible()).isFalse();

        notify(trainee, "First");
        notify(trainee, "Second");
        UI.getCurrent().navigate("profile");
        assertThat(count().isVisible()).isTrue();
        assertThat(count().getText()).isEqualTo("2");

        _click(_get(Button.class, s -> s.withId("notification-bell")));
        NavigatorKt.expectView(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);
        assertThat(_find(Div.class, s -> s.withClasses("notification-row"))).hasSize(2);
        assertThat(view.list.getElement().getTextRecursively()).contains("Second", "Comment: <script>x</script>");
        assertThat(_find(Div.class, s -> s.withClasses("unread"))).hasSize(2);
    }

    @Test
    void markingReadUpdatesThePageAndTheBell() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        notify(trainee, "One");
        notify(trainee, "Two");
        login(trainee);
        UI.getCurrent().navigate(NotificationsView.class);
        long first = _find(Div.class, s -> s.withClasses("notification-row")).size();
        assertThat(first).isEqualTo(2);

        _click(_find(Button.class, s -> s.withText("Mark as read")).get(0));
        assertThat(count().getText()).isEqualTo("1");
        assertThat(_find(Div.class, s -> s.withClasses("unread"))).hasSize(1);

        _click(_get(Button.class, s -> s.withId("notifications-mark-all")));
        assertThat(count().isVisible()).isFalse();
        assertThat(_find(Div.class, s -> s.withClasses("unread"))).isEmpty();
        assertThat(_get(Button.class, s -> s.withId("notifications-mark-all")).isEnabled()).isFalse();
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsLink() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        notify(trainee, "Go somewhere");
        login(trainee);
        UI.getCurrent().navigate(NotificationsView.class);
        _click(_get(Button.class, s -> s.withText("Open the logbook")));
        NavigatorKt.expectView(com.smpacademy.practice.ui.LogbookView.class);
        assertThat(count().isVisible()).isFalse();
    }

    @Test
    void anEmptyNotificationsPageSaysWhatWillAppearThere() {
        login(users.create(Role.CLINIC_OWNER));
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(NotificationsView.class).empty.isVisible()).isTrue();
    }

    @Test
    void theProfileListsTheKindsForTheRoleAndSecurityMessagesCannotBeUnticked() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        login(trainee);
        UI.getCurrent().navigate(ProfileView.class);
        Checkbox reviewedEmail = _get(Checkbox.class, s -> s.withId("pref-practice-entry-reviewed-email"));
        Checkbox reset = _get(Checkbox.class, s -> s.withId("pref-account-password-reset-email"));
        assertThat(reset.getValue()).isTrue();
        assertThat(reset.isReadOnly()).isTrue();
        _find(Checkbox.class, s -> s.withId("pref-practice-review-digest-email")).forEach(c -> {
            throw new AssertionError("a trainee gets no review digest");
        });

        com.smpacademy.support.Ui.type(reviewedEmail, false);
        assertThat(jdbc.queryForObject("select count(*) from notification_opt_out where account_id = ? and kind = "
                + "'practice.entry-reviewed' and channel = 'EMAIL'", Integer.class, trainee.id())).isEqualTo(1);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(_get(Checkbox.class, s -> s.withId("pref-practice-entry-reviewed-email")).getValue()).isFalse();
    }

    @Test
    void theOutboxShowsEachMessageAsTheRecipientSeesItWithItsStatusAndAllowsSendingAgain() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        notify(trainee, "Shown in the outbox");
        sender.deliverDue(); // no SMTP in this context: held
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        OutboxView view = _get(OutboxView.class);
        com.smpacademy.support.Ui.type(view.status, OutboxStatus.HELD);
        var rows = GridKt._findAll(view.grid);
        var held = rows.stream().filter(m -> m.to().equals(trainee.email())).findFirst().orElseThrow();
        assertThat(held.status()).isEqualTo(OutboxStatus.HELD);
        assertThat(held.lastError()).contains("no SMTP configured");
        assertThat(view.summary.getText()).contains("held (no SMTP configured)");

        view.open(held);
        Dialog dialog = _get(Dialog.class, s -> s.withId("outbox-message-dialog"));
        assertThat(dialog.getHeaderTitle()).startsWith("Shown in the outbox");
        assertThat(_get(IFrame.class, s -> s.withId("outbox-message-html")).getSrcdoc().orElseThrow())
                .contains("Comment: &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        assertThat(_get(Pre.class, s -> s.withId("outbox-message-text")).getText())
                .contains("Hello " + trainee.displayName(), "Comment: <script>x</script>", "/profile");
        _click(_get(Button.class, s -> s.withId("outbox-message-retry")));
        assertThat(jdbc.queryForObject("select status from outbox_message where id = ?", String.class, held.id()))
                .isEqualTo("PENDING");
    }

    @Test
    void onlyAdminsMayOpenTheOutbox() {
        login(TestUsers.INSTRUCTOR);
        UI.getCurrent().navigate(OutboxView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }
}
