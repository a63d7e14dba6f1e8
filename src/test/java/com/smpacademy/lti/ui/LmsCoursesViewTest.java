package com.smpacademy.lti.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.lti.LtiCourseService;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LmsCoursesViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstructorSeesOnlyTheLmsCoursesOfTheirCohortsAndCannotSyncWithoutTheMemberService() {
        AccountPrincipal instructor = users.create(Role.INSTRUCTOR);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("insert into lti_platform (name, issuer, client_id, auth_url, token_url, jwks_url, frame_origins, "
                + "allow_admin, sample, created_at) values (?, ?, 'c', 'https://x/a', 'https://x/t', 'https://x/j', '', "
                + "false, false, current_timestamp)", "LMS " + suffix, "https://lms-" + suffix + ".example.org");
        long platformId = jdbc.queryForObject("select id from lti_platform where name = ?", Long.class, "LMS " + suffix);
        long mine = cohortWithContext(platformId, "Mine " + suffix, instructor.id());
        cohortWithContext(platformId, "Not mine " + suffix, null);

        login(instructor);
        UI.getCurrent().navigate(LmsCoursesView.class);
        LmsCoursesView view = _get(LmsCoursesView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(LtiCourseService.LmsCourse::title)
                .contains("Mine " + suffix).doesNotContain("Not mine " + suffix);
        int row = GridKt._findAll(view.grid).stream().map(LtiCourseService.LmsCourse::cohortId).toList().indexOf(mine);
        Button sync = (Button) GridKt._getCellComponent(view.grid, row, "sync");
        assertThat(sync.isEnabled()).isFalse();
    }

    @Test
    void aTraineeCannotOpenThePage() {
        login(TestUsers.TRAINEE);
        UI.getCurrent().navigate(LmsCoursesView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }

    private long cohortWithContext(long platformId, String title, Long memberId) {
        jdbc.update("insert into cohort (name, created_at) values (?, current_timestamp)", title);
        long cohortId = jdbc.queryForObject("select id from cohort where name = ?", Long.class, title);
        if (memberId != null) {
            jdbc.update("insert into cohort_member (cohort_id, user_id) values (?, ?)", cohortId, memberId);
        }
        jdbc.update("insert into lti_context (platform_id, context_id, title, cohort_id, created_at) values (?, ?, ?, ?, "
                + "current_timestamp)", platformId, "ctx-" + title, title, cohortId);
        return cohortId;
    }
}
