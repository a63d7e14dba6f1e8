package com.smpacademy.course.ui;

import com.smpacademy.account.Role;
import com.smpacademy.course.CourseService;
import com.smpacademy.course.CourseService.CourseCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The courses on offer, each with the trainee's progress and a way back to where they stopped. */
@Route("courses")
@PageTitle("Courses")
@Menu(order = 10, icon = "vaadin:book", title = "Courses")
@RolesAllowed({Role.TRAINEE_NAME, Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class CatalogView extends Div {

    CatalogView(CourseService courses) {
        setId("catalog-view");
        addClassNames("view", "catalog");
        List<CourseCard> cards = courses.catalog();
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph("No course is available yet. Your academy publishes courses as "
                    + "course packs; check back soon or ask your instructor.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div grid = new Div();
        grid.addClassName("card-grid");
        cards.forEach(card -> grid.add(card(card)));
        add(grid);
    }

    private Component card(CourseCard course) {
        Card card = new Card();
        card.addClassName("course-card");
        card.setId("course-card-" + course.courseId());
        card.setTitle(new H3(course.title()));
        Span meta = new Span(course.modules() + " modules · " + course.lessons() + " lessons · about "
                + CourseView.hours(course.minutes()));
        meta.addClassName("muted");
        Paragraph summary = new Paragraph(course.summary());
        ProgressBar bar = new ProgressBar(0, 1, course.progress());
        Span progress = new Span(course.lessonsDone() + " of " + course.lessons() + " lessons done");
        progress.addClassName("muted");

        RouterLink overview = new RouterLink("Course overview", CourseView.class,
                CourseView.params(course.courseId()));
        Button go = new Button(course.continueAt() == null ? "Start the course" : "Continue",
                e -> getUI().ifPresent(ui -> {
                    if (course.continueAt() == null) {
                        ui.navigate(CourseView.class, CourseView.params(course.courseId()));
                    } else {
                        ui.navigate(LessonView.class, LessonView.params(course.courseId(),
                                course.continueAt().moduleId(), course.continueAt().lessonId()));
                    }
                }));
        go.setId("continue-" + course.courseId());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(go, overview);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Div body = new Div(meta, summary, bar, progress);
        body.addClassName("card-lines");
        if (course.continueAt() != null) {
            Span where = new Span("You were reading: " + course.continueAt().title());
            where.addClassName("muted");
            body.add(where);
        }
        card.add(body, actions);
        return card;
    }
}
