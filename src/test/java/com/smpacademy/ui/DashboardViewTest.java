package com.smpacademy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends KaribuTest {

    private String dashboardText() {
        UI.getCurrent().navigate(DashboardView.class);
        return _get(DashboardView.class).getElement().getTextRecursively();
    }

    @Test
    void theDemoTraineeSeesTheirCohortAndInstructor() {
        login(TestUsers.TRAINEE);
        assertThat(dashboardText()).contains("Welcome, Sam Carter", "Demo cohort", "Dana Okafor",
                TestUsers.TRAINEE, "Your studies", "SMP Practitioner Certificate");
    }

    @Test
    void aTraineeWithoutACohortIsToldWhatHappensNext() {
        AccountPrincipal loner = users.create(Role.TRAINEE);
        login(loner);
        assertThat(dashboardText()).contains("You are not in a cohort yet");
    }

    @Test
    void theDemoInstructorSeesTheTraineesInTheirCare() {
        login(TestUsers.INSTRUCTOR);
        assertThat(dashboardText()).contains("Your cohorts", "Demo cohort");
    }

    @Test
    void theAdminSeesAccountCountsAndAdministrationLinks() {
        login(TestUsers.ADMIN);
        assertThat(dashboardText()).contains("Academy at a glance", "Trainees", "Manage users", "Audit log");
    }
}
