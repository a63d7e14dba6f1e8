package com.smpacademy.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.course.CourseService;
import com.smpacademy.quiz.QuizService.ShownOption;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.smpacademy.ui.AccessDeniedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trainee's quiz flow, the answer-leak check, and the instructor's statistics. */
class QuizViewsTest extends KaribuTest {

    static String lab;
    @Autowired CourseService courses;
    @Autowired JdbcTemplate jdbc;
    AccountPrincipal trainee;

    @BeforeEach
    void setUp() {
        if (lab == null) {
            lab = com.smpacademy.quiz.QuizLabAccess.write();
            users.loginAs(TestUsers.ADMIN);
            courses.reloadPacks();
            users.logout();
        }
        trainee = users.create(Role.TRAINEE);
        login(trainee);
    }

    private QuizView open(String module) {
        UI.getCurrent().navigate(QuizView.class, QuizView.params(lab, module));
        return _get(QuizView.class);
    }

    private static Card card(int index) {
        return _get(Card.class, s -> s.withId("question-" + index));
    }

    @Test
    void theQuizPageShowsThePolicyBeforeStarting() {
        open("m1");
        String text = _get(Card.class, s -> s.withId("quiz-policy")).getElement().getTextRecursively();
        assertThat(text).contains("3 questions, drawn at random from a bank of 3", "Pass mark: 60%",
                "2 attempts (2 left)", "Time limit: 5 minutes", "Wait 10 minutes between attempts");
    }

    @Test
    void aTraineeAnswersEveryTypeSubmitsAndSeesTheResult() {
        QuizView view = open("m3");
        _click(view.start);
        assertThat(view.attempt).isNotNull();
        assertThat(view.answeredText.getText()).isEqualTo("0 of 7 answered");

        for (var q : view.attempt.questions()) {
            Card card = card(q.index());
            switch (q.type()) {
                case SINGLE, IMAGE_CHOICE -> {
                    @SuppressWarnings("unchecked")
                    RadioButtonGroup<ShownOption> group = _get(card, RadioButtonGroup.class);
                    String want = q.type() == com.smpacademy.course.CourseModel.QuestionType.SINGLE
                            ? "Upper dermis" : "Soft and irregular";
                    type(group, q.options().stream().filter(o -> o.text().equals(want)).findFirst().orElseThrow());
                }
                case MULTIPLE -> {
                    @SuppressWarnings("unchecked")
                    CheckboxGroup<ShownOption> group = _get(card, CheckboxGroup.class);
                    type(group, new java.util.HashSet<>(q.options().stream()
                            .filter(o -> !o.text().startsWith("Flaking")).toList()));
                }
                case TRUE_FALSE -> {
                    @SuppressWarnings("unchecked")
                    RadioButtonGroup<Boolean> group = _get(card, RadioButtonGroup.class);
                    type(group, Boolean.FALSE);
                }
                case ORDERING -> {
                    OrderingEditor editor = _get(card, OrderingEditor.class);
                    // bubble the steps into the right order with the up/down buttons' logic
                    List<String> want = List.of("Wash hands", "Cleanse scalp", "Let it dry");
                    for (int target = 0; target < want.size(); target++) {
                        int at = positionOf(editor, q.items(), want.get(target));
                        while (at > target) {
                            editor.move(at, -1);
                            at--;
                        }
                    }
                }
                case NUMERIC -> type(_get(card, NumberField.class), 3.0);
                case LANDMARK -> {
                    LandmarkPicker picker = _get(card, LandmarkPicker.class);
                    ComponentUtil.fireEvent(picker, new LandmarkPicker.PointsChanged(picker, true,
                            "{\"centre\":{\"x\":201,\"y\":110},\"left\":{\"x\":290,\"y\":190}}"));
                }
            }
            // one question on screen at a time
            assertThat(_find(Card.class, c -> c.withClasses("question-card"))).hasSize(1);
            if (q.index() < view.attempt.questions().size() - 1) {
                _click(view.next);
            }
        }
        assertThat(view.next.isEnabled()).isFalse();
        assertThat(view.answeredText.getText()).isEqualTo("7 of 7 answered");
        _click(view.submit);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        H3 score = _get(H3.class, s -> s.withId("quiz-score"));
        assertThat(score.getText()).isEqualTo("Passed: 100%");
        assertThat(_get(QuizView.class).getElement().getTextRecursively()).contains("SECRET-EXPLANATION-single",
                "Correct answer: Upper dermis");
    }

    private static int positionOf(OrderingEditor editor, List<String> shown, String item) {
        List<Integer> order = editor.order();
        for (int row = 0; row < order.size(); row++) {
            if (shown.get(order.get(row)).equals(item)) {
                return row;
            }
        }
        throw new AssertionError(item);
    }

    @Test
    void submittingWithUnansweredQuestionsAsksFirstAndAFailedAttemptHidesTheAnswers() {
        QuizView view = open("m1");
        _click(view.start);
        _click(view.submit);
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("quiz-submit-confirm"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Submit with 3 unanswered questions?");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(_get(H3.class, s -> s.withId("quiz-score")).getText()).isEqualTo("Not passed: 0%");
        String page = _get(QuizView.class).getElement().getTextRecursively();
        assertThat(page).contains("Correct answers are shown once you pass").doesNotContain("B is the one");
    }

    @Test
    void reloadingThePageResumesTheSameAttempt() {
        QuizView view = open("m1");
        _click(view.start);
        long id = view.attempt.attemptId();
        QuizView again = open("m1");
        assertThat(again.start.getText()).isEqualTo("Resume your attempt");
        _click(again.start);
        assertThat(again.attempt.attemptId()).isEqualTo(id);
    }

    /**
     * What the UI holds for an attempt in progress (every element's attributes, properties and text, which is what
     * Vaadin sends to the browser) contains no correct answer, option key, explanation or target region.
     */
    @Test
    void anActiveAttemptSendsNoAnswersToTheBrowser() {
        QuizView view = open("m3");
        _click(view.start);
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < view.attempt.questions().size(); i++) {
            UI.getCurrent().getChildren().forEach(c -> collect(c.getElement(), sent));
            if (view.next.isEnabled()) {
                _click(view.next);
            }
        }
        assertThat(sent).isNotEmpty();
        String all = String.join("\n", sent);

        assertThat(all).contains("Which layer is the SMP target?", "Upper dermis", "Frontal centre");
        assertThat(all).doesNotContain("SECRET-EXPLANATION", "correct", "tolerance", "\"cx\"", "\"r\"", "113",
                "264");
        assertThat(sent).noneMatch(s -> s.startsWith("value=a") || s.startsWith("value=b"));
        // the ordering steps are never shown in the right order
        int wash = all.indexOf("Wash hands");
        int cleanse = all.indexOf("Cleanse scalp");
        int dry = all.indexOf("Let it dry");
        assertThat(wash < cleanse && cleanse < dry).isFalse();
    }

    private static void collect(Element e, List<String> out) {
        e.getAttributeNames().forEach(n -> out.add(n + "=" + e.getAttribute(n)));
        e.getPropertyNames().forEach(n -> out.add(n + "=" + e.getPropertyRaw(n)));
        if (e.isTextNode()) {
            out.add(e.getText());
        }
        e.getChildren().forEach(c -> collect(c, out));
        e.getComponent().filter(c -> c instanceof RadioButtonGroup || c instanceof CheckboxGroup)
                .ifPresent(c -> out.add("component:" + c.getClass().getSimpleName()));
    }

    @Test
    void theInstructorSeesQuestionStatisticsWorstFirstAndCanExportThem() {
        QuizView view = open("m1");
        _click(view.start);
        _click(view.submit);
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("quiz-submit-confirm"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        login(TestUsers.INSTRUCTOR);
        UI.getCurrent().navigate(QuizStatisticsView.class);
        QuizStatisticsView stats = _get(QuizStatisticsView.class);
        var ref = stats.quiz.getListDataView().getItems().filter(r -> r.courseId().equals(lab)
                && r.moduleId().equals("m1")).findFirst().orElseThrow();
        type(stats.quiz, ref);
        assertThat(stats.current().attempts()).isGreaterThanOrEqualTo(1);
        assertThat(stats.summary.getElement().getTextRecursively()).contains("Attempts", "Pass rate", "Median");
        assertThat(GridKt._size(stats.grid)).isEqualTo(3);
        // grouped by objective: m1's lesson states two, each assessed by one question; the ordering has none
        assertThat(GridKt._size(stats.objectives)).isEqualTo(3);
        assertThat(stats.current().objectives()).extracting(o -> o.objectiveId())
                .containsExactlyInAnyOrder("read-pick", "read-truth", null);
        assertThat(stats.current().objectives()).filteredOn(o -> "read-pick".equals(o.objectiveId()))
                .singleElement().satisfies(o -> assertThat(o.lessonTitle()).isEqualTo("Read me"));
        assertThat(stats.csv.isEnabled()).isTrue();
        assertThat(stats.current().toCsv()).contains("question_id,type,times_drawn,facility,discrimination");
    }

    @Test
    void aFailedResultListsTheLessonSectionsToReviseWithoutShowingTheAnswers() {
        QuizView view = open("m1");
        _click(view.start);
        _click(view.submit);
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("quiz-submit-confirm"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        var revise = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("quiz-revise"));
        List<String> hrefs = _find(revise, com.vaadin.flow.component.html.Anchor.class).stream()
                .map(a -> a.getElement().getAttribute("href")).toList();
        assertThat(hrefs).contains("courses/" + lab + "/m1/read#the-pick", "courses/" + lab + "/m1/read");
        assertThat(revise.getElement().getTextRecursively()).contains("Revise: Read me › The pick")
                .doesNotContain("Option B");
    }

    @Test
    void aTraineeCannotOpenQuizStatistics() {
        UI.getCurrent().navigate(QuizStatisticsView.class);
        NavigatorKt.expectView(AccessDeniedView.class);
    }

    @Test
    void theCoursePageLinksToTheModuleQuiz() {
        UI.getCurrent().navigate(com.smpacademy.course.ui.CourseView.class,
                new com.vaadin.flow.router.RouteParameters("courseId", lab));
        Component link = _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("quiz-link-m1"));
        assertThat(link.getElement().getAttribute("href")).isEqualTo("quiz/" + lab + "/m1");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("quiz-link-m2"))).isEmpty();
        Map.of();
    }
}
