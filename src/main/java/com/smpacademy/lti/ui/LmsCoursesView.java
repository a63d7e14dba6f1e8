package com.smpacademy.lti.ui;

import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.lti.LtiCourseService;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instructors see the LMS courses they launched from, each linked to a cohort, and pull the LMS's member list into
 * that cohort (Names and Role Provisioning Services), so they grade the course's learners here.
 */
@Route("instructor/lms-courses")
@PageTitle("LMS courses")
@Menu(order = 32, icon = "vaadin:academy-cap", title = "LMS courses")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class LmsCoursesView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<LtiCourseService.LmsCourse> grid = new Grid<>();
    private final LtiCourseService service;

    LmsCoursesView(LtiCourseService service) {
        this.service = service;
        setId("lms-courses-view");
        addClassName("view");
        Paragraph intro = new Paragraph("Each LMS course you open SMP Academy from becomes a cohort here: its "
                + "learners join as they launch, or all at once when you sync the members.");
        intro.addClassName("muted");
        grid.setId("lms-courses");
        grid.addColumn(LtiCourseService.LmsCourse::title).setHeader("LMS course").setFlexGrow(2);
        grid.addColumn(LtiCourseService.LmsCourse::platformName).setHeader("LMS").setAutoWidth(true);
        grid.addColumn(c -> c.lastSyncedAt() == null ? "Never" : WHEN.format(c.lastSyncedAt()))
                .setHeader("Members synced").setAutoWidth(true);
        grid.addComponentColumn(this::syncButton).setKey("sync").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No LMS course yet. Open SMP Academy from a course in your LMS and it appears here.");
        grid.setAllRowsVisible(true);
        add(intro, grid);
        grid.setItems(service.myLmsCourses());
    }

    private Component syncButton(LtiCourseService.LmsCourse course) {
        Button sync = new Button("Sync members", e -> sync(course));
        sync.setId("lms-sync-" + course.id());
        sync.addThemeVariants(ButtonVariant.LUMO_SMALL);
        sync.setEnabled(course.canSync());
        if (!course.canSync()) {
            sync.setTooltipText("The LMS does not share this course's member list with the tool.");
        }
        return sync;
    }

    private void sync(LtiCourseService.LmsCourse course) {
        try {
            LtiCourseService.SyncResult r = service.syncMembers(course.id());
            Notifications.success(course.title() + ": " + r.members() + " members; " + r.added() + " added, "
                    + r.removed() + " removed.");
            grid.setItems(service.myLmsCourses());
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }
}
