package com.smpacademy.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Catalog, course page and lessons as a trainee uses them. */
class CourseViewsTest extends KaribuTest {

    AccountPrincipal trainee;

    @BeforeEach
    void loginAsNewTrainee() {
        trainee = users.create(Role.TRAINEE);
        login(trainee);
    }

    private LessonView openLesson(String module, String lesson) {
        UI.getCurrent().navigate(LessonView.class, new RouteParameters(Map.of("courseId", "test-basics",
                "moduleId", module, "lessonId", lesson)));
        return _get(LessonView.class);
    }

    @Test
    void theCatalogListsEveryCourseWithProgressAndAStartButton() {
        UI.getCurrent().navigate(CatalogView.class);
        Card card = _get(Card.class, s -> s.withId("course-card-test-basics"));
        assertThat(card.getElement().getTextRecursively()).contains("Test basics", "2 modules · 3 lessons",
                "0 of 3 lessons done");
        _get(Card.class, s -> s.withId("course-card-smp-practitioner"));
        _click(_get(Button.class, s -> s.withId("continue-test-basics")));
        NavigatorKt.expectView(CourseView.class);
    }

    @Test
    void aTraineeReadsALessonMarksItDoneAndMovesOn() {
        LessonView view = openLesson("first-steps", "welcome");
        assertThat(view.content.getElement().getChild(0).getProperty("innerHTML")).contains("<table>",
                "/course-assets/test-basics/01-first-steps/assets/dot.svg");
        assertThat(view.isDone()).isFalse();

        _click(view.markDone);
        assertThat(view.isDone()).isTrue();
        assertThat(view.markDone.getText()).isEqualTo("Done ✓");

        _click(view.next);
        LessonView next = _get(LessonView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("lesson-title")).getText())
                .isEqualTo("Hostile markup");
        _click(next.previous);
        assertThat(_get(LessonView.class).isDone()).isTrue();

        // the catalog now shows the progress and where to continue
        UI.getCurrent().navigate(CatalogView.class);
        assertThat(_get(Card.class, s -> s.withId("course-card-test-basics")).getElement().getTextRecursively())
                .contains("1 of 3 lessons done", "You were reading: Welcome");
    }

    /** A lesson's HTML is held once, by the catalog: each open page refers to that string, it keeps no copy. */
    @Test
    void anOpenLessonHoldsTheCatalogsCopyOfItsHtml() {
        LessonView view = openLesson("first-steps", "welcome");
        String catalogs = ctx.getBean(com.smpacademy.course.CourseService.class)
                .openLesson("test-basics", "first-steps", "welcome").html();
        assertThat(view.content.getElement().getChild(0).getPropertyRaw("innerHTML")).isSameAs(catalogs);
    }

    @Test
    void aLockedLessonOpenedByUrlShowsWhyAndNotItsText() {
        LessonView view = openLesson("next-steps", "secret");
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("This lesson is locked", "\"First steps\"");
        assertThat(text).doesNotContain("secret text");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("secret text");
        assertThat(_find(Button.class, s -> s.withId("lesson-mark-done"))).isEmpty();
    }

    @Test
    void hostileMarkupInALessonShowsNoneOfIt() {
        LessonView view = openLesson("first-steps", "hostile");
        String html = view.content.getElement().getChild(0).getProperty("innerHTML");
        assertThat(html).contains("Plain text before.", "Plain text after.");
        assertThat(html.toLowerCase()).doesNotContain("<script", "onerror", "javascript:", "<iframe", "alert(");
    }

    @Test
    void theCoursePageMarksModulesLockedAvailableAndDone() {
        UI.getCurrent().navigate(CourseView.class, new RouteParameters("courseId", "test-basics"));
        assertThat(_get(Card.class, s -> s.withId("module-first-steps")).getElement().getTextRecursively())
                .contains("Available", "Welcome", "Hostile markup");
        assertThat(_get(Card.class, s -> s.withId("module-next-steps")).getElement().getTextRecursively())
                .contains("Locked", "complete \"First steps\" first");

        openLesson("first-steps", "welcome");
        _click(_get(LessonView.class).markDone);
        openLesson("first-steps", "hostile");
        _click(_get(LessonView.class).markDone);
        UI.getCurrent().navigate(CourseView.class, new RouteParameters("courseId", "test-basics"));
        assertThat(_get(Card.class, s -> s.withId("module-first-steps")).getElement().getTextRecursively())
                .contains("Done");
        assertThat(_get(Card.class, s -> s.withId("module-next-steps")).getElement().getTextRecursively())
                .contains("Available").doesNotContain("Locked: complete");
    }

    @Test
    void anUnknownCourseShowsNotFoundWithTheReason() {
        // Karibu turns Vaadin's not-found page into this error, carrying the message the page would show
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate(CourseView.class,
                        new RouteParameters("courseId", "no-such-course")))
                .hasMessageContaining("There is no course \"no-such-course\"");
    }

    @Test
    void clinicOwnersCannotOpenCourses() {
        login(TestUsers.CLINIC);
        UI.getCurrent().navigate(CatalogView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }
}
