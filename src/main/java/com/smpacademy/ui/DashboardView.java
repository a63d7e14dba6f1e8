package com.smpacademy.ui;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.account.ui.CohortsView;
import com.smpacademy.account.ui.ProfileView;
import com.smpacademy.account.ui.UsersView;
import com.smpacademy.audit.ui.AuditLogView;
import com.smpacademy.course.CourseService;
import com.smpacademy.course.ui.CourseView;
import com.smpacademy.course.ui.LessonView;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The first page after login: what matters now for the user's role. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:home", title = "Dashboard")
@RolesAllowed({Role.TRAINEE_NAME, Role.INSTRUCTOR_NAME, Role.CLINIC_OWNER_NAME, Role.ADMIN_NAME})
public class DashboardView extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    DashboardView(CurrentUser currentUser, AccountService accounts, CohortService cohorts, CourseService courses,
                  List<DashboardContribution> contributions) {
        setId("dashboard");
        addClassNames("view", "dashboard");
        AccountPrincipal user = currentUser.require();
        H2 greeting = new H2("Welcome, " + user.displayName());
        greeting.setId("dashboard-greeting");
        add(greeting);

        Div cards = new Div();
        cards.addClassName("card-grid");
        switch (user.role()) {
            case TRAINEE -> cards.add(studiesCard(courses.catalog()),
                    traineeCohortCard(cohorts.myCohorts(), cohorts.myInstructors()));
            case INSTRUCTOR -> cards.add(instructorCard(cohorts.myCohorts(), cohorts.myTrainees()));
            case ADMIN -> cards.add(adminCard(accounts.countByRole(), cohorts.list().size()));
            case CLINIC_OWNER -> { }
        }
        contributions.stream().sorted(java.util.Comparator.comparingInt(DashboardContribution::order))
                .forEach(c -> c.card(user.role()).ifPresent(cards::add));
        cards.add(accountCard(accounts.me()));
        add(cards);
    }

    private Component studiesCard(List<CourseService.CourseCard> courses) {
        Card card = card("Your studies");
        card.setId("studies-card");
        if (courses.isEmpty()) {
            card.add(emptyState("No course is published yet. Your academy will add one soon."));
            return card;
        }
        for (CourseService.CourseCard course : courses) {
            Div block = new Div();
            block.addClassName("card-lines");
            ProgressBar bar = new ProgressBar(0, 1, course.progress());
            Span done = new Span(course.lessonsDone() + " of " + course.lessons() + " lessons done");
            done.addClassName("muted");
            RouterLink link = course.continueAt() == null
                    ? new RouterLink("Start: " + course.title(), CourseView.class,
                            new RouteParameters("courseId", course.courseId()))
                    : new RouterLink("Continue: " + course.continueAt().title(), LessonView.class,
                            new RouteParameters(Map.of("courseId", course.courseId(),
                                    "moduleId", course.continueAt().moduleId(),
                                    "lessonId", course.continueAt().lessonId())));
            block.add(new Span(course.title()), bar, done, link);
            card.add(block);
        }
        return card;
    }

    private Component traineeCohortCard(List<CohortSummary> myCohorts, List<UserAccount> instructors) {
        Card card = card("Your cohort");
        if (myCohorts.isEmpty()) {
            card.add(emptyState("You are not in a cohort yet. Your academy adds you to one when your course starts; "
                    + "until then no instructor can review your practice work."));
            return card;
        }
        card.add(list(myCohorts.stream().map(CohortSummary::name).toList()));
        card.add(new Span(instructors.isEmpty() ? "No instructor has been assigned to your cohort yet."
                : "Your instructors: " + String.join(", ",
                        instructors.stream().map(UserAccount::getDisplayName).toList())));
        return card;
    }

    private Component instructorCard(List<CohortSummary> myCohorts, List<UserAccount> trainees) {
        Card card = card("Your cohorts");
        if (myCohorts.isEmpty()) {
            card.add(emptyState("You do not teach a cohort yet. An admin assigns instructors to cohorts; you grade "
                    + "only the trainees of your cohorts."));
            return card;
        }
        card.add(list(myCohorts.stream().map(c -> c.name() + " — " + c.trainees() + " trainee"
                + (c.trainees() == 1 ? "" : "s")).toList()));
        card.add(new Span(trainees.size() + " trainee" + (trainees.size() == 1 ? "" : "s") + " in your care."));
        return card;
    }

    private Component adminCard(Map<Role, Long> counts, int cohortCount) {
        Card card = card("Academy at a glance");
        Div stats = new Div();
        stats.addClassName("stats");
        for (Role role : Role.values()) {
            stats.add(Stat.of(Long.toString(counts.getOrDefault(role, 0L)), role.label() + "s"));
        }
        stats.add(Stat.of(Integer.toString(cohortCount), "Cohorts"));
        card.add(stats);
        Div links = new Div(new RouterLink("Manage users", UsersView.class),
                new RouterLink("Manage cohorts", CohortsView.class),
                new RouterLink("Audit log", AuditLogView.class));
        links.addClassName("link-row");
        card.add(links);
        return card;
    }

    private Component accountCard(UserAccount me) {
        Card card = card("Your account");
        Span since = new Span(me.getRole().label() + " · member since "
                + DATE.format(me.getCreatedAt().atZone(ZoneOffset.UTC)));
        since.addClassName("muted");
        Div lines = new Div(new Span(me.getEmail()), since,
                new RouterLink("Edit profile or change password", ProfileView.class));
        lines.addClassName("card-lines");
        card.add(lines);
        return card;
    }

    private static Card card(String title) {
        Card card = new Card();
        card.setTitle(new H3(title));
        card.addClassName("dashboard-card");
        return card;
    }

    private static Component list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    static Component emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }
}
