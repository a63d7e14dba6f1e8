package com.smpacademy.course.ui;

import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseService;
import com.smpacademy.course.CourseService.LessonPage;
import com.smpacademy.course.CourseService.LessonRef;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One lesson: its text, where it sits in the course, previous and next, and "mark as done". */
@Route("courses/:courseId/:moduleId/:lessonId")
@RolesAllowed({Role.TRAINEE_NAME, Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Button markDone = new Button();
    Button previous = new Button();
    Button next = new Button();
    final Div content = new Div();
    private final CourseService courses;
    private @Nullable LessonPage page;
    private String title = "Lesson";

    LessonView(CourseService courses) {
        this.courses = courses;
        setId("lesson-view");
        addClassNames("view", "lesson-page");
        markDone.setId("lesson-mark-done");
        markDone.addClickListener(e -> toggleDone());
        content.setId("lesson-content");
        content.addClassName("lesson-content");
    }

    static RouteParameters params(String courseId, String moduleId, String lessonId) {
        return new RouteParameters(Map.of("courseId", courseId, "moduleId", moduleId, "lessonId", lessonId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = event.getRouteParameters();
        try {
            page = courses.openLesson(p.get("courseId").orElse(""), p.get("moduleId").orElse(""),
                    p.get("lessonId").orElse(""));
        } catch (CourseService.NotFound e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        title = page.title();
        show(page);
    }

    private void show(LessonPage page) {
        removeAll();
        content.removeAll();
        RouterLink course = new RouterLink(page.course().title(), CourseView.class,
                CourseView.params(page.course().id()));
        Span crumbs = new Span(course, new Span(" › " + page.module().title()));
        crumbs.addClassName("breadcrumbs");
        H2 heading = new H2(page.title());
        heading.setId("lesson-title");
        Span meta = new Span("Lesson " + page.position() + " of " + page.total());
        meta.addClassName("muted");
        add(crumbs, heading, meta);

        if (page.locked()) {
            Paragraph locked = new Paragraph(page.lockedReason());
            locked.setId("lesson-locked");
            locked.addClassName("locked-note");
            add(locked, new RouterLink("Back to the course overview", CourseView.class,
                    CourseView.params(page.course().id())));
            return;
        }
        // the HTML was rendered from Markdown and sanitised when the pack was loaded; set as the property itself
        // (not through Html, which parses and re-serialises it), every session holds the catalog's one string
        Div body = new Div();
        body.addClassName("lesson-body");
        body.getElement().setProperty("innerHTML", Objects.requireNonNullElse(page.html(), ""));
        content.add(body);
        add(content);
        updateDoneButton(page.done());
        // fresh buttons for every lesson: the view instance is reused when moving between lessons
        previous = navButton("Previous", VaadinIcon.ARROW_LEFT, "lesson-previous", page.previous());
        next = navButton("Next", VaadinIcon.ARROW_RIGHT, "lesson-next", page.next());
        next.setIconAfterText(true);
        Div footer = new Div(previous, markDone, next);
        footer.addClassName("lesson-footer");
        add(footer);
    }

    private Button navButton(String text, VaadinIcon icon, String id, @Nullable LessonRef target) {
        Button button = new Button(text, icon.create());
        button.setId(id);
        button.setEnabled(target != null);
        button.getElement().setAttribute("title", target == null ? "" : target.title());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (target != null && page != null) {
            String courseId = page.course().id();
            button.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LessonView.class,
                    params(courseId, target.moduleId(), target.lessonId()))));
        }
        return button;
    }

    private void updateDoneButton(boolean done) {
        markDone.setText(done ? "Done ✓" : "Mark as done");
        markDone.setIcon(done ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create());
        markDone.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        markDone.addThemeVariants(done ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
        markDone.getElement().setAttribute("aria-pressed", Boolean.toString(done));
    }

    private void toggleDone() {
        if (page == null) {
            return;
        }
        boolean nowDone = !"true".equals(markDone.getElement().getAttribute("aria-pressed"));
        try {
            courses.markDone(page.course().id(), page.module().id(), page.lessonId(), nowDone);
            updateDoneButton(nowDone);
            if (nowDone) {
                Notifications.success("Lesson marked as done." + (page.next() == null ? ""
                        : " Next: " + page.next().title()));
            }
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }

    boolean isDone() {
        return "true".equals(markDone.getElement().getAttribute("aria-pressed"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
