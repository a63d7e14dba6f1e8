package com.smpacademy.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditEvent;
import com.smpacademy.audit.AuditService;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired AuditService audit;
    AuditLogView view;
    String actor;

    @BeforeEach
    void openAsAdmin() {
        actor = "actor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        audit.record(AuditEntry.of(AuditAction.ROLE_CHANGED, 7L, actor).target("account", 9, "x@example.org")
                .details("Trainee → Instructor"));
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_DISABLED, 7L, actor).target("account", 9, "x@example.org"));
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(AuditLogView.class);
        view = _get(AuditLogView.class);
    }

    @Test
    void theAdminFindsEventsByActorAndAction() {
        type(view.actor, actor);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.total.getText()).isEqualTo("2 events");

        type(view.action, AuditAction.ROLE_CHANGED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        AuditEvent event = GridKt._get(view.grid, 0);
        assertThat(event.getDetails()).isEqualTo("Trainee → Instructor");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(actor, "Role changed", "x@example.org");
    }

    @Test
    void aDateRangeOfTodayKeepsTodaysEvents() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        type(view.actor, actor);
        type(view.from, today);
        type(view.to, today);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        type(view.from, today.plusDays(1));
        type(view.to, today.plusDays(2));
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void anEndDateBeforeTheStartIsShownOnTheEndField() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        type(view.from, today);
        type(view.to, today.minusDays(3));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date is before the start date.");
        assertThat(GridKt._size(view.grid)).isZero();
    }
}
