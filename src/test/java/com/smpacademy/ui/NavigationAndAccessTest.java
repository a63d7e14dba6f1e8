package com.smpacademy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.account.ui.CohortsView;
import com.smpacademy.account.ui.LoginView;
import com.smpacademy.account.ui.ProfileView;
import com.smpacademy.account.ui.RegisterView;
import com.smpacademy.account.ui.UsersView;
import com.smpacademy.audit.ui.AuditLogView;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may open what: menus per role, redirects for visitors, the access-denied page for typed URLs. */
class NavigationAndAccessTest extends KaribuTest {

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anAnonymousVisitorIsSentFromAProtectedViewToTheLoginPage() {
        UI.getCurrent().navigate(UsersView.class);
        NavigatorKt.expectView(LoginView.class);
        UI.getCurrent().navigate("profile");
        NavigatorKt.expectView(LoginView.class);
        UI.getCurrent().navigate("");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void anAnonymousVisitorMayOpenLoginAndRegistration() {
        UI.getCurrent().navigate(RegisterView.class);
        NavigatorKt.expectView(RegisterView.class);
        UI.getCurrent().navigate(LoginView.class);
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aTraineeSeesExactlyTheTraineeMenu() {
        login(TestUsers.TRAINEE);
        NavigatorKt.expectView(DashboardView.class);
        assertThat(menu()).containsExactly("Dashboard", "Courses", "Practice logbook", "My certificates", "Profile");
    }

    @Test
    void anInstructorSeesExactlyTheInstructorMenu() {
        login(TestUsers.INSTRUCTOR);
        assertThat(menu()).containsExactly("Dashboard", "Courses", "Review queue", "Certification", "Quiz statistics",
                "LMS courses", "Profile");
    }

    @Test
    void aClinicOwnerSeesExactlyTheClinicOwnerMenu() {
        login(TestUsers.CLINIC);
        assertThat(menu()).containsExactly("Dashboard", "Profile");
    }

    @Test
    void anAdminSeesTheAdministrationEntries() {
        login(TestUsers.ADMIN);
        assertThat(menu()).containsExactly("Dashboard", "Courses", "Review queue", "Certification", "Quiz statistics",
                "LMS courses", "Users", "Cohorts", "Course packs", "LMS connections", "Outbox", "Backups", "Audit log",
                "Profile");
    }

    @Test
    void aTraineeTypingAnAdminUrlGetsTheAccessDeniedPage() {
        login(TestUsers.TRAINEE);
        for (String url : List.of("admin/users", "admin/cohorts", "admin/audit", "admin/course-packs")) {
            UI.getCurrent().navigate(url);
            NavigatorKt.expectView(AccessDeniedView.class);
            assertThat(_get(H2.class, s -> s.withText("You don't have access to this page"))).isNotNull();
            assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
                    .contains("signed in as a trainee", "/" + url);
        }
    }

    @Test
    void anInstructorTypingAnAdminUrlGetsTheAccessDeniedPage() {
        login(TestUsers.INSTRUCTOR);
        UI.getCurrent().navigate(AuditLogView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
        UI.getCurrent().navigate(CohortsView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }

    @Test
    void everyRoleCanOpenItsProfile() {
        for (String email : List.of(TestUsers.TRAINEE, TestUsers.INSTRUCTOR, TestUsers.CLINIC, TestUsers.ADMIN)) {
            login(email);
            UI.getCurrent().navigate(ProfileView.class);
            NavigatorKt.expectView(ProfileView.class);
        }
    }

    @Test
    void aLoggedInUserOpeningTheLoginPageLandsOnTheDashboard() {
        login(TestUsers.TRAINEE);
        UI.getCurrent().navigate(LoginView.class);
        NavigatorKt.expectView(DashboardView.class);
    }
}
