package com.smpacademy.course.ui;

import com.smpacademy.account.Role;
import com.smpacademy.course.CourseModel.Lesson;
import com.smpacademy.course.CourseService;
import com.smpacademy.course.CourseService.CoursePage;
import com.smpacademy.course.CourseService.ModuleState;
import com.smpacademy.course.CourseService.ModuleStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** One course: its modules in order, each locked, available, in progress or done, with its lessons. */
@Route("courses/:courseId")
@RolesAllowed({Role.TRAINEE_NAME, Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class CourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private String title = "Course";

    CourseView(CourseService courses) {
        this.courses = courses;
        setId("course-view");
        addClassNames("view", "course-page");
    }

    static RouteParameters params(String courseId) {
        return new RouteParameters("courseId", courseId);
    }

    static String hours(int minutes) {
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60 == 0 ? "" : minutes % 60
                + " min");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        CoursePage page;
        try {
            page = courses.coursePage(courseId);
        } catch (CourseService.NotFound e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        title = page.course().title();
        removeAll();
        show(page);
    }

    private void show(CoursePage page) {
        H2 heading = new H2(page.course().title());
        Paragraph summary = new Paragraph(page.course().summary());
        int total = page.course().lessonCount();
        ProgressBar bar = new ProgressBar(0, Math.max(total, 1), page.lessonsDone());
        Span done = new Span(page.lessonsDone() + " of " + total + " lessons done · about "
                + hours(page.course().minutes()) + " in all");
        done.setId("course-progress");
        done.addClassName("muted");
        Div header = new Div(heading, summary, bar, done);
        header.addClassName("course-header");
        if (page.continueAt() != null) {
            Button resume = new Button("Continue: " + page.continueAt().title(), VaadinIcon.PLAY.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(LessonView.class, LessonView.params(
                            page.course().id(), page.continueAt().moduleId(), page.continueAt().lessonId()))));
            resume.setId("course-continue");
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(resume);
        }
        add(header);
        int number = 1;
        for (ModuleState module : page.modules()) {
            add(moduleCard(page.course().id(), number++, module));
        }
    }

    private Component moduleCard(String courseId, int number, ModuleState state) {
        Card card = new Card();
        card.setId("module-" + state.module().id());
        card.addClassNames("module-card", "status-" + state.status().name().toLowerCase());
        card.setTitle(new H3(number + ". " + state.module().title()));
        card.setHeaderSuffix(badge(state.status()));
        Span meta = new Span(state.module().lessons().size() + " lessons · " + hours(state.module().minutes()));
        meta.addClassName("muted");
        card.add(meta, new Paragraph(state.module().summary()));
        if (state.status() == ModuleStatus.LOCKED) {
            Paragraph why = new Paragraph("Locked: complete " + String.join(" and ", state.lockedBy())
                    + " first.");
            why.addClassName("locked-note");
            card.add(why);
        } else if (!state.stepsLeft().isEmpty() && state.status() == ModuleStatus.IN_PROGRESS) {
            Span stepsLeft = new Span("To complete this module: " + String.join(", ", state.stepsLeft()) + ".");
            stepsLeft.addClassName("muted");
            card.add(stepsLeft);
        }
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        for (Lesson lesson : state.module().lessons()) {
            boolean isDone = state.lessonsDone().contains(lesson.id());
            Component label = state.status() == ModuleStatus.LOCKED ? new Span(lesson.title())
                    : new RouterLink(lesson.title(), LessonView.class,
                            LessonView.params(courseId, state.module().id(), lesson.id()));
            ListItem item = new ListItem(isDone ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create(),
                    label, new Span(" · " + lesson.minutes() + " min"));
            item.addClassName(isDone ? "lesson-done" : "lesson-open");
            lessons.add(item);
        }
        card.add(lessons);
        if (state.module().quiz() != null && state.status() != ModuleStatus.LOCKED) {
            // by path, not by class: the quiz feature builds on courses, not the other way round
            com.vaadin.flow.component.html.Anchor quiz = new com.vaadin.flow.component.html.Anchor(
                    "quiz/" + courseId + "/" + state.module().id(), "Module quiz: " + state.module().quiz().title());
            quiz.getElement().setAttribute("router-link", true);
            quiz.setId("quiz-link-" + state.module().id());
            quiz.addClassName("quiz-link");
            card.add(quiz);
        }
        return card;
    }

    static Component badge(ModuleStatus status) {
        Span badge = new Span(switch (status) {
            case LOCKED -> "Locked";
            case AVAILABLE -> "Available";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
        });
        badge.getElement().getThemeList().add(switch (status) {
            case LOCKED -> "badge contrast";
            case AVAILABLE -> "badge";
            case IN_PROGRESS -> "badge";
            case DONE -> "badge success";
        });
        badge.addClassName("module-status");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
