package com.smpacademy.quiz.ui;

import com.smpacademy.account.Role;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseService;
import com.smpacademy.quiz.Answer;
import com.smpacademy.quiz.QuizService;
import com.smpacademy.quiz.QuizService.AttemptView;
import com.smpacademy.quiz.QuizService.Overview;
import com.smpacademy.quiz.QuizService.QuestionReview;
import com.smpacademy.quiz.QuizService.Result;
import com.smpacademy.quiz.QuizService.ShownOption;
import com.smpacademy.quiz.QuizService.ShownQuestion;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A module quiz for the trainee: the policy and past attempts, then the attempt (answers saved as they are given,
 * a countdown, a warning before submitting with questions unanswered), then the result as the review policy allows.
 */
@Route("quiz/:courseId/:moduleId")
@RolesAllowed({Role.TRAINEE_NAME, Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'");

    private final QuizService quizzes;
    private final CourseService courses;
    private String courseId = "";
    private String moduleId = "";
    private String title = "Quiz";
    @Nullable AttemptView attempt;
    final ProgressBar answeredBar = new ProgressBar();
    final Span answeredText = new Span();
    final Button submit = new Button("Submit answers", VaadinIcon.CHECK.create());
    final Button start = new Button();
    final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    /**
     * The one question on screen. A card for every drawn question cost each session about 16 KB per card (its
     * components' state nodes), 310 KB more for a 20-question attempt (bench/session-memory.sh).
     */
    private final Div question = new Div();
    private int current;

    public QuizView(QuizService quizzes, CourseService courses) {
        this.quizzes = quizzes;
        this.courses = courses;
        setId("quiz-view");
        addClassNames("view", "quiz-page");
        submit.setId("quiz-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        start.setId("quiz-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startAttempt());
        answeredText.setId("quiz-answered");
        question.setId("quiz-question");
        previous.setId("quiz-previous");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> showQuestion(current - 1));
        next.setId("quiz-next");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.setIconAfterText(true);
        next.addClickListener(e -> showQuestion(current + 1));
    }

    public static RouteParameters params(String courseId, String moduleId) {
        return new RouteParameters(Map.of("courseId", courseId, "moduleId", moduleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        moduleId = event.getRouteParameters().get("moduleId").orElse("");
        try {
            showOverview(quizzes.overview(courseId, moduleId));
        } catch (CourseService.NotFound e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    // --- before and between attempts ----------------------------------------------------------------------

    private void showOverview(Overview o) {
        removeAll();
        question.removeAll();
        attempt = null;
        title = o.policy().title();
        add(header(o.courseTitle(), o.moduleTitle(), o.policy().title()));

        QuizService.Policy p = o.policy();
        Card policy = new Card();
        policy.setId("quiz-policy");
        policy.setTitle(new H3("How this quiz works"));
        UnorderedList rules = new UnorderedList(
                new ListItem(p.questionsPerAttempt() + " questions, drawn at random from a bank of " + p.bankSize()),
                new ListItem("Pass mark: " + p.passMark() + "%"),
                new ListItem(p.attemptsAllowed() == 0 ? "Unlimited attempts" : p.attemptsAllowed()
                        + " attempts (" + Math.max(0, p.attemptsAllowed() - o.attemptsUsed()) + " left)"),
                new ListItem(p.timeLimitMinutes() == 0 ? "No time limit" : "Time limit: " + p.timeLimitMinutes()
                        + " minutes, counted on the server from the moment you start"),
                new ListItem(p.cooldownMinutes() == 0 ? "You may retry straight away" : "Wait "
                        + p.cooldownMinutes() + " minutes between attempts"),
                new ListItem(switch (p.review()) {
                    case SCORE_ONLY -> "You see your score; correct answers are not shown";
                    case ANSWERS_AFTER_PASS -> "Correct answers and explanations are shown once you pass";
                    case ANSWERS_AFTER_LAST_ATTEMPT -> "Correct answers are shown after your last attempt";
                }));
        policy.add(rules);
        if (o.openAttemptId() != null) {
            start.setText("Resume your attempt");
            start.setEnabled(true);
            policy.add(start);
        } else if (o.canStart()) {
            start.setText(o.attemptsUsed() == 0 ? "Start the quiz" : "Start a new attempt");
            start.setEnabled(true);
            policy.add(start);
        } else {
            Paragraph why = new Paragraph(o.cannotStartReason());
            why.setId("quiz-cannot-start");
            why.addClassName(o.passed() ? "auth-notice" : "locked-note");
            policy.add(why);
        }
        add(policy);

        if (o.history().isEmpty()) {
            Paragraph none = new Paragraph("No attempts yet. Read the module's lessons first: the questions come "
                    + "from them.");
            none.addClassName("empty-state");
            add(none);
        } else {
            Grid<QuizService.AttemptSummary> history = new Grid<>();
            history.setId("quiz-history");
            history.addColumn(a -> WHEN.format(a.startedAt().atZone(ZoneOffset.UTC))).setHeader("Started")
                    .setAutoWidth(true);
            history.addColumn(QuizService.AttemptSummary::status).setHeader("Status").setAutoWidth(true);
            history.addColumn(a -> a.scorePercent() == null ? "" : pct(a.scorePercent())).setHeader("Score");
            history.addColumn(a -> a.scorePercent() == null ? "" : a.passed() ? "Passed" : "Not passed")
                    .setHeader("Result");
            history.addComponentColumn(a -> a.scorePercent() == null ? new Span() : new Button("Review",
                    e -> showResult(quizzes.result(a.id())))).setKey("review");
            history.setItems(o.history());
            history.setAllRowsVisible(true);
            H3 h = new H3("Your attempts");
            add(h, history);
        }
    }

    private Component header(String courseTitle, String moduleTitle, String quizTitle) {
        RouterLink course = new RouterLink(courseTitle, com.smpacademy.course.ui.CourseView.class,
                new RouteParameters("courseId", courseId));
        Span crumbs = new Span(course, new Span(" › " + moduleTitle));
        crumbs.addClassName("breadcrumbs");
        H2 heading = new H2(quizTitle);
        heading.setId("quiz-title");
        return new Div(crumbs, heading);
    }

    private void startAttempt() {
        try {
            showAttempt(quizzes.start(courseId, moduleId));
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
            showOverview(quizzes.overview(courseId, moduleId));
        }
    }

    // --- the attempt -----------------------------------------------------------------------------------------

    private void showAttempt(AttemptView view) {
        removeAll();
        attempt = view;
        Overview o = quizzes.overview(courseId, moduleId);
        add(header(o.courseTitle(), o.moduleTitle(), view.title()));

        Div status = new Div();
        status.addClassName("quiz-status");
        answeredBar.setMin(0);
        answeredBar.setMax(Math.max(1, view.questions().size()));
        status.add(answeredText, answeredBar);
        if (view.deadline() != null) {
            Span countdown = new Span();
            countdown.setId("quiz-countdown");
            countdown.addClassName("countdown");
            // display only: the server enforces the deadline whatever this shows
            countdown.getElement().executeJs("""
                    const el = this, end = $0;
                    const tick = () => {
                      const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                      el.textContent = 'Time left ' + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                      if (s === 0) { clearInterval(el._timer); el.textContent = 'Time is up'; }
                    };
                    clearInterval(el._timer); el._timer = setInterval(tick, 1000); tick();
                    """, view.deadline().toEpochMilli());
            status.add(countdown);
        }
        add(status);
        updateAnswered();

        add(question);
        HorizontalLayout actions = new HorizontalLayout(previous, next, submit);
        actions.addClassName("quiz-actions");
        actions.setWrap(true); // on a phone Submit goes to its own line instead of off the screen
        add(actions);
        showQuestion(0);
    }

    /** Shows one drawn question with the answer saved for it; previous and next move through the attempt. */
    private void showQuestion(int index) {
        AttemptView view = attempt;
        if (view == null || index < 0 || index >= view.questions().size()) {
            return;
        }
        current = index;
        question.removeAll();
        question.add(questionCard(index + 1, view.questions().size(), view.questions().get(index)));
        previous.setEnabled(index > 0);
        next.setEnabled(index < view.questions().size() - 1);
    }

    private Component questionCard(int number, int total, ShownQuestion q) {
        Card card = new Card();
        card.addClassName("question-card");
        card.setId("question-" + q.index());
        Span counter = new Span("Question " + number + " of " + total);
        counter.addClassName("muted");
        Paragraph text = new Paragraph(q.text());
        text.addClassName("question-text");
        card.add(counter, text);
        card.add(switch (q.type()) {
            case SINGLE -> single(q, false);
            case IMAGE_CHOICE -> single(q, true);
            case MULTIPLE -> multiple(q);
            case TRUE_FALSE -> trueFalse(q);
            case ORDERING -> new OrderingEditor(q, order -> save(q, Answer.order(order)));
            case NUMERIC -> numeric(q);
            case LANDMARK -> landmark(q);
        });
        return card;
    }

    private Component single(ShownQuestion q, boolean images) {
        RadioButtonGroup<ShownOption> group = new RadioButtonGroup<>();
        group.setAriaLabel("Answer to question " + (q.index() + 1));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(q.options());
        if (images) {
            group.addClassName("image-choices");
            group.setRenderer(new ComponentRenderer<>(o -> {
                Div box = new Div();
                box.addClassName("image-choice");
                if (o.image() != null) {
                    Image img = new Image(o.image(), o.text().isBlank() ? "Option" : o.text());
                    box.add(img);
                }
                if (!o.text().isBlank()) {
                    box.add(new Span(o.text()));
                }
                return box;
            }));
        } else {
            group.setItemLabelGenerator(ShownOption::text);
        }
        if (q.saved() != null && q.saved().choice() != null) {
            q.options().stream().filter(o -> o.id().equals(q.saved().choice())).findFirst().ifPresent(group::setValue);
        }
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                save(q, Answer.choice(e.getValue().id()));
            }
        });
        return group;
    }

    private Component multiple(ShownQuestion q) {
        CheckboxGroup<ShownOption> group = new CheckboxGroup<>();
        group.setAriaLabel("Answer to question " + (q.index() + 1));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(q.options());
        group.setItemLabelGenerator(ShownOption::text);
        group.setHelperText("Select all that apply.");
        if (q.saved() != null && q.saved().choices() != null) {
            group.setValue(new java.util.HashSet<>(q.options().stream()
                    .filter(o -> q.saved().choices().contains(o.id())).toList()));
        }
        group.addValueChangeListener(e -> save(q, Answer.choices(e.getValue().stream().map(ShownOption::id)
                .sorted().toList())));
        return group;
    }

    private Component trueFalse(ShownQuestion q) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setAriaLabel("Answer to question " + (q.index() + 1));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> b ? "True" : "False");
        if (q.saved() != null && q.saved().truth() != null) {
            group.setValue(q.saved().truth());
        }
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                save(q, Answer.truth(e.getValue()));
            }
        });
        return group;
    }

    private Component numeric(ShownQuestion q) {
        NumberField field = new NumberField();
        field.setAriaLabel("Answer to question " + (q.index() + 1));
        field.setPlaceholder("Your answer");
        if (q.unit() != null) {
            field.setSuffixComponent(new Span(q.unit()));
        }
        if (q.saved() != null && q.saved().number() != null) {
            field.setValue(q.saved().number());
        }
        field.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                if (!field.isEmpty() || field.isInvalid()) {
                    field.setErrorMessage("Enter a number, e.g. 0.25");
                }
                return;
            }
            save(q, Answer.number(e.getValue()));
        });
        return field;
    }

    private Component landmark(ShownQuestion q) {
        double[] box = q.image() == null ? null : courses.svgViewBox(q.image()).orElse(null);
        if (q.image() == null || box == null) {
            return new Paragraph("This question's diagram is missing; tell your instructor.");
        }
        LandmarkPicker picker = new LandmarkPicker(q.image(), box[0], box[1], q.landmarks());
        picker.setPoints(q.saved() == null ? null : q.saved().points());
        picker.addPointsChangedListener(e -> save(q, Answer.points(e.points())));
        return picker;
    }

    private void save(ShownQuestion q, Answer answer) {
        AttemptView current = attempt;
        if (current == null) {
            return;
        }
        try {
            quizzes.saveAnswer(current.attemptId(), q.index(), answer);
            List<ShownQuestion> updated = new ArrayList<>(current.questions());
            updated.set(q.index(), new ShownQuestion(q.index(), q.type(), q.text(), q.options(), q.items(),
                    q.unit(), q.image(), q.landmarks(), answer));
            attempt = new AttemptView(current.attemptId(), current.courseId(), current.moduleId(), current.title(),
                    current.deadline(), List.copyOf(updated));
            updateAnswered();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        } catch (RuleViolationException e) {
            // time is up or already submitted: the server has the final word
            Notifications.error(e.getMessage());
            showResult(quizzes.result(current.attemptId()));
        }
    }

    private void updateAnswered() {
        if (attempt == null) {
            return;
        }
        long answered = attempt.answered();
        answeredBar.setValue(answered);
        answeredText.setText(answered + " of " + attempt.questions().size() + " answered");
    }

    private void confirmSubmit() {
        if (attempt == null) {
            return;
        }
        long unanswered = attempt.questions().size() - attempt.answered();
        if (unanswered == 0) {
            doSubmit();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("quiz-submit-confirm");
        confirm.setHeader("Submit with " + unanswered + " unanswered question" + (unanswered == 1 ? "" : "s") + "?");
        confirm.setText("Unanswered questions score nothing. You can go back and answer them first.");
        confirm.setCancelable(true);
        confirm.setCancelText("Go back");
        confirm.setConfirmText("Submit anyway");
        confirm.addConfirmListener(e -> doSubmit());
        add(confirm);
        confirm.open();
    }

    void doSubmit() {
        if (attempt != null) {
            showResult(quizzes.submit(attempt.attemptId()));
        }
    }

    // --- the result ----------------------------------------------------------------------------------------

    private void showResult(Result r) {
        removeAll();
        question.removeAll();
        attempt = null;
        Overview o = quizzes.overview(courseId, moduleId);
        add(header(o.courseTitle(), o.moduleTitle(), r.title()));
        Card card = new Card();
        card.setId("quiz-result");
        card.addClassName(r.passed() ? "result-passed" : "result-failed");
        H3 score = new H3((r.passed() ? "Passed: " : "Not passed: ") + pct(r.scorePercent()));
        score.setId("quiz-score");
        card.setTitle(score);
        card.add(new Paragraph("Pass mark " + r.passMark() + "%. " + ("EXPIRED".equals(r.status())
                ? "The time limit ended this attempt; answers given in time were counted. " : "") + r.reviewNote()));
        if (!r.passed() && o.canStart()) {
            start.setText("Try again");
            card.add(start);
        } else if (!r.passed() && o.cannotStartReason() != null) {
            card.add(new Paragraph(o.cannotStartReason()));
        }
        card.add(new RouterLink("Back to the course", com.smpacademy.course.ui.CourseView.class,
                new RouteParameters("courseId", courseId)));
        if (!r.revise().isEmpty() && !r.answersShown()) {
            Div revise = new Div(new H3("What to revise"));
            revise.setId("quiz-revise");
            UnorderedList list = new UnorderedList();
            r.revise().forEach(v -> list.add(new ListItem(reviseLink(v))));
            revise.add(list);
            card.add(revise);
        }
        add(card);
        for (QuestionReview q : r.questions()) {
            Card review = new Card();
            review.addClassNames("question-card", q.points() >= 1 ? "review-right" : q.points() > 0
                    ? "review-partial" : "review-wrong");
            Span mark = new Span(q.points() >= 1 ? "Right" : q.points() > 0 ? "Partly right ("
                    + pct(q.points() * 100) + ")" : "Not right");
            mark.getElement().getThemeList().add(q.points() >= 1 ? "badge success" : q.points() > 0 ? "badge"
                    : "badge error");
            review.setHeaderSuffix(mark);
            review.add(new Paragraph(q.text()), new Paragraph("Your answer: " + q.yourAnswer()));
            if (q.correctAnswer() != null) {
                review.add(new Paragraph("Correct answer: " + q.correctAnswer()));
            }
            if (q.explanation() != null) {
                Paragraph why = new Paragraph(q.explanation());
                why.addClassName("explanation");
                review.add(why);
            }
            if (q.revise() != null && q.points() < 1) {
                review.add(reviseLink(q.revise()));
            }
            add(review);
        }
    }

    /** A link to the lesson section that teaches a question, with the objective it assesses. */
    private static Component reviseLink(QuizService.Revision v) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(v.path(),
                "Revise: " + v.label());
        link.addClassName("revise-link");
        link.setTitle("Objective: " + v.objective());
        Paragraph p = new Paragraph(link);
        p.addClassName("revise");
        return p;
    }

    static String pct(double value) {
        return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value)) + "%";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
