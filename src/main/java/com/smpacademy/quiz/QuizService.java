package com.smpacademy.quiz;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.QuestionType;
import com.smpacademy.course.CourseModel.Quiz;
import com.smpacademy.course.CourseModel.ReviewPolicy;
import com.smpacademy.course.CourseService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Module quizzes, graded on the server. The questions of an attempt are drawn and stored when it starts; answers
 * are saved as the trainee goes, refused after the deadline, and graded once at submission (or at the deadline
 * for an abandoned attempt). What the trainee's browser receives never includes correct answers, option keys or
 * target regions: views get {@link AttemptView}, which has none.
 */
@Service
public class QuizService {

    static final String TAKERS = "hasAnyRole('TRAINEE','INSTRUCTOR','ADMIN')";

    public record Policy(String title, int passMark, int attemptsAllowed, int cooldownMinutes, int timeLimitMinutes,
                         int questionsPerAttempt, int bankSize, ReviewPolicy review) {
    }

    public record AttemptSummary(long id, Instant startedAt, @Nullable Instant submittedAt, String status,
                                 @Nullable Double scorePercent, boolean passed) {
    }

    /** The quiz page before or between attempts. */
    public record Overview(String courseId, String courseTitle, String moduleId, String moduleTitle, Policy policy,
                           List<AttemptSummary> history, @Nullable Long openAttemptId, boolean canStart,
                           @Nullable String cannotStartReason, boolean passed, int attemptsUsed) {
    }

    public record ShownOption(String id, String text, @Nullable String image) {
    }

    /** One landmark to place: its id and label, never its target region. */
    public record ShownLandmark(String id, String label) {
    }

    /**
     * A question as the trainee sees it. Ordering items come in their shuffled display order and are answered by
     * display position, so even this server-side object does not hold the correct order.
     */
    public record ShownQuestion(int index, QuestionType type, String text, List<ShownOption> options,
                                List<String> items, @Nullable String unit, @Nullable String image,
                                List<ShownLandmark> landmarks, @Nullable Answer saved) {
    }

    public record AttemptView(long attemptId, String courseId, String moduleId, String title,
                              @Nullable Instant deadline, List<ShownQuestion> questions) {
        public long answered() {
            return questions.stream().filter(q -> q.saved() != null && !q.saved().isEmpty()).count();
        }
    }

    public record QuestionReview(int index, String text, double points, String yourAnswer,
                                 @Nullable String correctAnswer, @Nullable String explanation,
                                 @Nullable Revision revise) {
    }

    /**
     * Where the lesson teaching a question's objective is: {@code path} is the lesson's route with the section's
     * anchor (e.g. {@code courses/smp-practitioner/safety/bloodborne-pathogens#hepatitis-b}).
     */
    public record Revision(String path, String lessonTitle, @Nullable String sectionTitle, String objective) {

        public String label() {
            return lessonTitle + (sectionTitle == null ? "" : " › " + sectionTitle);
        }
    }

    /** A graded attempt; {@code questions} carries answers and explanations only where the review policy allows. */
    public record Result(long attemptId, String courseId, String moduleId, String title, String status,
                         double scorePercent, int passMark, boolean passed, boolean answersShown, String reviewNote,
                         List<QuestionReview> questions, List<Revision> revise) {
    }

    private final QuizAttemptRepository attempts;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Cache<String, QuizStatistics> statistics = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterWrite(Duration.ofMinutes(2))
            .build();
    private final Random random = new SecureRandom();

    QuizService(QuizAttemptRepository attempts, CourseService courses, CurrentUser currentUser,
                TransactionTemplate tx, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.attempts = attempts;
        this.courses = courses;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
    }

    /** The quiz's policy and the caller's attempts, closing any that ran past their deadline. */
    @PreAuthorize(TAKERS)
    @Transactional
    public Overview overview(String courseId, String moduleId) {
        Course course = course(courseId);
        Module module = module(course, moduleId);
        Quiz quiz = quiz(module);
        long userId = currentUser.require().id();
        List<QuizAttempt> history = closeOverdue(attempts.history(userId, courseId, moduleId));
        return overview(course, module, quiz, history);
    }

    private Overview overview(Course course, Module module, Quiz quiz, List<QuizAttempt> history) {
        Instant now = now();
        List<AttemptSummary> summaries = history.stream().map(QuizService::summary).toList();
        QuizAttempt open = history.stream().filter(QuizAttempt::isOpen).findFirst().orElse(null);
        List<QuizAttempt> closed = history.stream().filter(a -> !a.isOpen()).toList();
        boolean passed = closed.stream().anyMatch(QuizAttempt::passed);
        Instant lastPass = closed.stream().filter(QuizAttempt::passed).map(QuizAttempt::submittedAt)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
        boolean refresherOpen = lastPass != null && quiz.retakeAfterPassMonths() > 0
                && !now.isBefore(lastPass.atZone(java.time.ZoneOffset.UTC)
                .plusMonths(quiz.retakeAfterPassMonths()).toInstant());
        // after a pass, a refresher starts a fresh count of attempts
        List<QuizAttempt> counted = refresherOpen ? closed.stream()
                .filter(a -> a.startedAt().isAfter(lastPass)).toList() : closed;
        String reason = null;
        if (open == null) {
            if (passed && !refresherOpen) {
                reason = "You have passed this quiz. Well done: the module's quiz requirement is met.";
            } else if (quiz.attemptsAllowed() > 0 && counted.size() >= quiz.attemptsAllowed()) {
                reason = "You have used all " + quiz.attemptsAllowed() + " attempts. Ask your instructor how to "
                        + "continue.";
            } else if (!counted.isEmpty() && quiz.cooldownMinutes() > 0) {
                Instant last = counted.get(counted.size() - 1).submittedAt();
                Instant next = last == null ? now : last.plus(Duration.ofMinutes(quiz.cooldownMinutes()));
                if (now.isBefore(next)) {
                    long minutes = Math.max(1, Duration.between(now, next).toSeconds() / 60
                            + (Duration.between(now, next).toSeconds() % 60 == 0 ? 0 : 1));
                    reason = "Take a break and review the lessons: you can try again in " + minutes + " minute"
                            + (minutes == 1 ? "" : "s") + ".";
                }
            }
        }
        return new Overview(course.id(), course.title(), module.id(), module.title(), policy(quiz), summaries,
                open == null ? null : open.id(), open != null || reason == null, reason, passed, counted.size());
    }

    /**
     * Starts an attempt, or resumes the one in progress (a reload or a second tab gets the same attempt). Refused
     * when the module is locked, the quiz passed, the attempts used up or the cool-down running.
     */
    @PreAuthorize(TAKERS)
    @Transactional
    public AttemptView start(String courseId, String moduleId) {
        Course course = course(courseId);
        Module module = module(course, moduleId);
        Quiz quiz = quiz(module);
        long userId = currentUser.require().id();
        if (courses.coursePage(courseId).module(moduleId).map(m -> m.status() == CourseService.ModuleStatus.LOCKED)
                .orElse(true)) {
            throw new RuleViolationException("This quiz is locked: complete the module's prerequisites first.");
        }
        List<QuizAttempt> history = closeOverdue(attempts.history(userId, courseId, moduleId));
        Optional<QuizAttempt> open = history.stream().filter(QuizAttempt::isOpen).findFirst();
        if (open.isPresent()) {
            return view(open.get());
        }
        Overview overview = overview(course, module, quiz, history);
        if (!overview.canStart()) {
            throw new RuleViolationException(overview.cannotStartReason());
        }
        Instant now = now();
        List<AttemptContent.Drawn> drawn = new ArrayList<>();
        for (Question q : QuestionDraw.draw(quiz, random)) {
            List<String> optionOrder = new ArrayList<>(q.options().stream().map(Option::id).toList());
            if (quiz.shuffleOptions() && q.type() != QuestionType.TRUE_FALSE) {
                Collections.shuffle(optionOrder, random);
            }
            List<Integer> itemOrder = new ArrayList<>(IntStream.range(0, q.items().size()).boxed().toList());
            while (itemOrder.size() > 1 && isIdentity(itemOrder)) {
                Collections.shuffle(itemOrder, random);
            }
            drawn.add(new AttemptContent.Drawn(q, List.copyOf(optionOrder), List.copyOf(itemOrder), null, null,
                    null));
        }
        Instant deadline = quiz.timeLimitMinutes() > 0 ? now.plus(Duration.ofMinutes(quiz.timeLimitMinutes()))
                : null;
        QuizAttempt attempt = new QuizAttempt(userId, courseId, moduleId, quiz.bankHash(), now, deadline,
                drawn.size(), quiz.passMark(), new AttemptContent(List.copyOf(drawn)).toJson());
        try {
            return view(attempts.saveAndFlush(attempt));
        } catch (DataIntegrityViolationException raced) {
            // another tab started the attempt a moment ago: the unique open-attempt index kept it to one
            throw new RuleViolationException("This quiz was just started in another tab or window; reload the "
                    + "page to continue that attempt.");
        }
    }

    /** The caller's attempt in progress, as it stands (for a reload). */
    @PreAuthorize(TAKERS)
    @Transactional
    public AttemptView resume(long attemptId) {
        QuizAttempt attempt = own(attemptId);
        if (closeIfOverdue(attempt) || !attempt.isOpen()) {
            throw new RuleViolationException("This attempt has ended. See its result below.");
        }
        return view(attempt);
    }

    /**
     * Saves the answer to one question of the caller's attempt. Refused after the deadline (not counted) and after
     * submission. For ordering, {@code answer.order()} lists display positions as shown in {@link ShownQuestion}.
     */
    @PreAuthorize(TAKERS)
    @Transactional
    public void saveAnswer(long attemptId, int questionIndex, @Nullable Answer answer) {
        QuizAttempt attempt = own(attemptId);
        Instant now = now();
        if (attempt.isOverdue(now)) {
            closeIfOverdue(attempt);
            throw new RuleViolationException("Time is up: answers given after the deadline are not counted.");
        }
        if (!attempt.isOpen()) {
            throw new RuleViolationException("This attempt has already been submitted.");
        }
        AttemptContent content = AttemptContent.fromJson(attempt.content());
        if (questionIndex < 0 || questionIndex >= content.questions().size()) {
            throw InvalidInputException.of("question", "There is no question " + (questionIndex + 1) + ".");
        }
        AttemptContent.Drawn drawn = content.questions().get(questionIndex);
        Answer stored = toStored(drawn, answer == null ? Answer.choices(List.of()) : answer);
        attempt.saveContent(content.with(questionIndex, drawn.answered(stored, now)).toJson());
    }

    /**
     * Submits and grades the caller's attempt. Submitting again (double click, two tabs, a retry) returns the same
     * result without grading twice.
     */
    @PreAuthorize(TAKERS)
    public Result submit(long attemptId) {
        try {
            return tx.execute(status -> {
                QuizAttempt attempt = own(attemptId);
                if (attempt.isOpen()) {
                    Instant now = now();
                    if (attempt.isOverdue(now)) {
                        grade(attempt, QuizAttempt.Status.EXPIRED, attempt.deadline());
                    } else {
                        grade(attempt, QuizAttempt.Status.SUBMITTED, now);
                    }
                }
                return result(attempt, true);
            });
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            // a concurrent submit graded it first: read what it stored
            return tx.execute(status -> result(own(attemptId), true));
        }
    }

    /** A closed attempt's result, with answers and explanations as the review policy allows. */
    @PreAuthorize(TAKERS)
    @Transactional
    public Result result(long attemptId) {
        QuizAttempt attempt = own(attemptId);
        closeIfOverdue(attempt);
        if (attempt.isOpen()) {
            throw new RuleViolationException("This attempt is still in progress.");
        }
        return result(attempt, true);
    }

    /** Closes attempts abandoned past their deadline, graded as of the deadline. */
    @Scheduled(fixedDelayString = "${academy.quiz.sweep-millis:60000}", initialDelay = 30_000)
    @SchedulerLock(name = "quiz-abandoned-attempts", lockAtMostFor = "PT10M")
    @Transactional
    public void closeAbandonedAttempts() {
        attempts.overdue(now()).forEach(this::closeIfOverdue);
    }

    /** Statistics of one quiz over all closed attempts. Instructors and admins. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional(readOnly = true)
    public QuizStatistics statistics(String courseId, String moduleId) {
        Course course = course(courseId);
        Module module = module(course, moduleId);
        Quiz quiz = quiz(module);
        // reading every attempt's stored questions is the cost at academy scale (tens of thousands per quiz): the
        // figures are kept per node until an attempt at this quiz is graded here, and at most two minutes
        return statistics.get(statisticsKey(courseId, moduleId) + quiz.bankHash(),
                key -> computeStatistics(course, module, quiz));
    }

    private QuizStatistics computeStatistics(Course course, Module module, Quiz quiz) {
        String courseId = course.id();
        String moduleId = module.id();
        List<QuizStatistics.Graded> graded = attempts.closedAttempts(courseId, moduleId).stream()
                .map(a -> new QuizStatistics.Graded(a.userId(), a.scorePercent() == null ? 0 : a.scorePercent(),
                        a.passed(), AttemptContent.fromJson(a.content()).questions()))
                .toList();
        java.util.Map<String, QuizStatistics.ObjectiveInfo> objectives = new java.util.LinkedHashMap<>();
        for (var lesson : module.lessons()) {
            lesson.objectives().forEach(o -> objectives.put(o.id(), new QuizStatistics.ObjectiveInfo(o.text(),
                    lesson.title())));
        }
        java.util.Map<String, String> current = new java.util.HashMap<>();
        quiz.questions().stream().filter(q -> q.objective() != null).forEach(q -> current.put(q.id(),
                q.objective()));
        return QuizStatistics.compute(courseId, moduleId, course.title() + " — " + quiz.title(), graded, objectives,
                current);
    }

    private static String statisticsKey(String courseId, String moduleId) {
        return courseId + "/" + moduleId + "/";
    }

    /**
     * A trainee's best score per module quiz of a course, for certification (which checks its own permissions
     * before asking).
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, Double> bestScores(long userId, String courseId) {
        java.util.Map<String, Double> best = new java.util.HashMap<>();
        for (Object[] row : attempts.bestScores(userId, courseId)) {
            best.put((String) row[0], row[1] == null ? 0 : ((Number) row[1]).doubleValue());
        }
        return best;
    }

    /** When the trainee last passed a module's quiz, for certificate renewal (which checks its own permissions). */
    @Transactional(readOnly = true)
    public Optional<Instant> lastPassedAt(long userId, String courseId, String moduleId) {
        return attempts.history(userId, courseId, moduleId).stream().filter(QuizAttempt::passed)
                .map(QuizAttempt::submittedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo);
    }

    /** The quizzes of every course in service, for the statistics page. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public List<QuizRef> quizzes() {
        List<QuizRef> refs = new ArrayList<>();
        for (Course c : courses.catalogCourses()) {
            for (Module m : c.modules()) {
                if (m.quiz() != null) {
                    refs.add(new QuizRef(c.id(), m.id(), c.title(), m.title(), m.quiz().title()));
                }
            }
        }
        return refs;
    }

    public record QuizRef(String courseId, String moduleId, String courseTitle, String moduleTitle, String title) {
    }

    // --- internals ---------------------------------------------------------------------------------------

    /** Times are kept to the millisecond, the precision both databases store, so what is read back compares equal. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    /** Converts what the view sent into the stored form; ordering arrives as display positions. */
    private static Answer toStored(AttemptContent.Drawn drawn, Answer answer) {
        Question q = drawn.question();
        if (q.type() == QuestionType.ORDERING && answer.order() != null) {
            List<Integer> positions = answer.order();
            if (positions.size() != drawn.itemOrder().size()
                    || positions.stream().distinct().count() != positions.size()
                    || positions.stream().anyMatch(p -> p == null || p < 0 || p >= drawn.itemOrder().size())) {
                throw InvalidInputException.of("answer", "Arrange every step exactly once.");
            }
            return Answer.order(positions.stream().map(p -> drawn.itemOrder().get(p)).toList());
        }
        if (q.type() == QuestionType.NUMERIC && answer.number() != null
                && (answer.number().isNaN() || answer.number().isInfinite())) {
            throw InvalidInputException.of("answer", "Enter a number.");
        }
        return answer;
    }

    private QuizAttempt own(long attemptId) {
        AccountPrincipal caller = currentUser.require();
        QuizAttempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new RuleViolationException("This attempt does not exist."));
        if (attempt.userId() != caller.id()) {
            throw new AccessDeniedException("This is not your attempt.");
        }
        return attempt;
    }

    private List<QuizAttempt> closeOverdue(List<QuizAttempt> history) {
        history.forEach(this::closeIfOverdue);
        return history;
    }

    private boolean closeIfOverdue(QuizAttempt attempt) {
        if (attempt.isOpen() && attempt.isOverdue(now())) {
            grade(attempt, QuizAttempt.Status.EXPIRED, attempt.deadline());
            return true;
        }
        return false;
    }

    /** Grades every drawn question; answers saved after {@code asOf} would not count (none can be saved). */
    private void grade(QuizAttempt attempt, QuizAttempt.Status closedAs, @Nullable Instant asOf) {
        AttemptContent content = AttemptContent.fromJson(attempt.content());
        List<AttemptContent.Drawn> graded = new ArrayList<>();
        double total = 0;
        for (AttemptContent.Drawn d : content.questions()) {
            boolean inTime = asOf == null || d.answeredAt() == null || !d.answeredAt().isAfter(asOf);
            double score = inTime ? Grader.score(d.question(), d.answer()) : 0;
            total += score;
            graded.add(d.graded(score));
        }
        attempt.close(closedAs, asOf == null ? now() : asOf,
                new AttemptContent(List.copyOf(graded)).toJson(), total);
        String evicted = statisticsKey(attempt.courseId(), attempt.moduleId());
        statistics.asMap().keySet().removeIf(k -> k.startsWith(evicted));
        events.publishEvent(new QuizAttemptGraded(attempt.id(), attempt.userId(), attempt.courseId(),
                attempt.moduleId(), attempt.scorePercent() == null ? 0 : attempt.scorePercent(), attempt.passMark(),
                attempt.passed(), attempt.submittedAt() == null ? now() : attempt.submittedAt()));
    }

    private AttemptView view(QuizAttempt attempt) {
        AttemptContent content = AttemptContent.fromJson(attempt.content());
        Module module = course(attempt.courseId()).module(attempt.moduleId()).orElse(null);
        String title = module == null || module.quiz() == null ? "Quiz" : module.quiz().title();
        List<ShownQuestion> shown = new ArrayList<>();
        for (int i = 0; i < content.questions().size(); i++) {
            AttemptContent.Drawn d = content.questions().get(i);
            Question q = d.question();
            List<ShownOption> options = d.optionOrder().stream()
                    .map(id -> q.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow())
                    .map(o -> new ShownOption(o.id(), o.text(), o.image())).toList();
            List<String> items = d.itemOrder().stream().map(n -> q.items().get(n)).toList();
            List<ShownLandmark> landmarks = q.landmarks().stream()
                    .map(l -> new ShownLandmark(l.id(), l.label())).toList();
            shown.add(new ShownQuestion(i, q.type(), q.text(), options, items, q.unit(), q.image(), landmarks,
                    savedForView(d)));
        }
        return new AttemptView(attempt.id(), attempt.courseId(), attempt.moduleId(), title, attempt.deadline(),
                List.copyOf(shown));
    }

    /** A saved ordering answer goes back to the view as display positions, like it came. */
    private static @Nullable Answer savedForView(AttemptContent.Drawn d) {
        Answer a = d.answer();
        if (a == null || d.question().type() != QuestionType.ORDERING || a.order() == null) {
            return a;
        }
        return Answer.order(a.order().stream().map(n -> d.itemOrder().indexOf(n)).toList());
    }

    private Result result(QuizAttempt attempt, boolean forOwner) {
        Module module = course(attempt.courseId()).module(attempt.moduleId()).orElse(null);
        Quiz quiz = module == null ? null : module.quiz();
        ReviewPolicy policy = quiz == null ? ReviewPolicy.SCORE_ONLY : quiz.review();
        List<QuizAttempt> history = attempts.history(attempt.userId(), attempt.courseId(), attempt.moduleId());
        long closed = history.stream().filter(a -> !a.isOpen()).count();
        boolean anyPassed = history.stream().anyMatch(QuizAttempt::passed);
        boolean lastAttempt = quiz != null && quiz.attemptsAllowed() > 0 && closed >= quiz.attemptsAllowed();
        boolean show = switch (policy) {
            case SCORE_ONLY -> false;
            case ANSWERS_AFTER_PASS -> anyPassed;
            case ANSWERS_AFTER_LAST_ATTEMPT -> lastAttempt || anyPassed;
        };
        String note = switch (policy) {
            case SCORE_ONLY -> "This quiz shows your score only.";
            case ANSWERS_AFTER_PASS -> show ? "Correct answers and explanations are shown because you passed."
                    : "Correct answers are shown once you pass, so that later attempts still test you.";
            case ANSWERS_AFTER_LAST_ATTEMPT -> show ? "Correct answers and explanations are shown below."
                    : "Correct answers are shown after your last attempt.";
        };
        AttemptContent content = AttemptContent.fromJson(attempt.content());
        List<QuestionReview> reviews = new ArrayList<>();
        // what to revise: the lesson sections behind the questions not fully right, listed even when the review
        // policy hides the answers (a section says what to reread, not which option was right)
        java.util.LinkedHashSet<Revision> revise = new java.util.LinkedHashSet<>();
        for (int i = 0; i < content.questions().size(); i++) {
            AttemptContent.Drawn d = content.questions().get(i);
            double points = d.points() == null ? 0 : d.points();
            Revision revision = points >= 1 ? null : revision(attempt.courseId(), module, d.question());
            if (revision != null) {
                revise.add(revision);
            }
            if (show) {
                reviews.add(new QuestionReview(i, d.question().text(), points, describe(d.question(), d.answer()),
                        describeCorrect(d.question()), d.question().explanation(), revision));
            }
        }
        return new Result(attempt.id(), attempt.courseId(), attempt.moduleId(), quiz == null ? "Quiz"
                : quiz.title(), attempt.status().name(), attempt.scorePercent() == null ? 0 : attempt.scorePercent(),
                attempt.passMark(), attempt.passed(), show, note, List.copyOf(reviews), List.copyOf(revise));
    }

    /**
     * The lesson section that teaches a question: its objective's lesson, at the question's {@code section} when it
     * names one. The objective is looked up in the module as it is now (a question drawn before it named one gets
     * the current bank's objective for the same question id).
     */
    private static @Nullable Revision revision(String courseId, @Nullable Module module, Question drawn) {
        if (module == null) {
            return null;
        }
        Question q = drawn;
        if (q.objective() == null && module.quiz() != null) {
            q = module.quiz().questions().stream().filter(c -> c.id().equals(drawn.id())).findFirst().orElse(drawn);
        }
        String objectiveId = q.objective();
        String sectionId = q.section();
        if (objectiveId == null) {
            return null;
        }
        var objective = module.objective(objectiveId).orElse(null);
        var lesson = objective == null ? null : module.lesson(objective.lessonId()).orElse(null);
        if (lesson == null) {
            return null;
        }
        var section = sectionId == null ? null : lesson.section(sectionId).orElse(null);
        return new Revision("courses/" + courseId + "/" + module.id() + "/" + lesson.id()
                + (section == null ? "" : "#" + section.anchor()), lesson.title(),
                section == null ? null : section.title(), objective.text());
    }

    static String describe(Question q, @Nullable Answer a) {
        if (a == null || a.isEmpty()) {
            return "(no answer)";
        }
        return switch (q.type()) {
            case SINGLE, IMAGE_CHOICE -> optionText(q, a.choice());
            case MULTIPLE -> a.choices() == null ? "(no answer)"
                    : String.join("; ", a.choices().stream().map(id -> optionText(q, id)).toList());
            case TRUE_FALSE -> Boolean.TRUE.equals(a.truth()) ? "True" : "False";
            case ORDERING -> a.order() == null ? "(no answer)" : String.join(" → ",
                    a.order().stream().map(n -> n >= 0 && n < q.items().size() ? q.items().get(n) : "?").toList());
            case NUMERIC -> a.number() == null ? "(no answer)" : String.format(Locale.ROOT, "%s%s",
                    trim(a.number()), q.unit() == null ? "" : " " + q.unit());
            case LANDMARK -> a.points() == null ? "(no answer)" : a.points().size() + " of " + q.landmarks().size()
                    + " points placed";
        };
    }

    static String describeCorrect(Question q) {
        return switch (q.type()) {
            case SINGLE, IMAGE_CHOICE, MULTIPLE -> String.join("; ", q.options().stream().filter(Option::correct)
                    .map(o -> o.text().isBlank() ? o.id() : o.text()).toList());
            case TRUE_FALSE -> Boolean.TRUE.equals(q.answer()) ? "True" : "False";
            case ORDERING -> String.join(" → ", q.items());
            case NUMERIC -> trim(q.number() == null ? 0 : q.number()) + (q.unit() == null ? "" : " " + q.unit())
                    + (q.tolerance() > 0 ? " (± " + trim(q.tolerance()) + ")" : "");
            case LANDMARK -> "Each point inside its marked region: " + String.join(", ",
                    q.landmarks().stream().map(l -> l.label()).toList());
        };
    }

    private static String optionText(Question q, @Nullable String id) {
        return q.options().stream().filter(o -> o.id().equals(id)).findFirst()
                .map(o -> o.text().isBlank() ? "option " + o.id() : o.text()).orElse("(no answer)");
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static AttemptSummary summary(QuizAttempt a) {
        return new AttemptSummary(a.id(), a.startedAt(), a.submittedAt(), switch (a.status()) {
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            case EXPIRED -> "Closed at the time limit";
        }, a.scorePercent(), a.passed());
    }

    private static Policy policy(Quiz quiz) {
        return new Policy(quiz.title(), quiz.passMark(), quiz.attemptsAllowed(), quiz.cooldownMinutes(),
                quiz.timeLimitMinutes(), Math.min(quiz.drawCount(), quiz.questions().size()), quiz.questions().size(),
                quiz.review());
    }

    private Course course(String courseId) {
        return courses.findCourse(courseId).orElseThrow(() -> new CourseService.NotFound("There is no course \""
                + courseId + "\"."));
    }

    private static Module module(Course course, String moduleId) {
        return course.module(moduleId).orElseThrow(() -> new CourseService.NotFound("No module " + moduleId
                + " in " + course.title() + "."));
    }

    private static Quiz quiz(Module module) {
        if (module.quiz() == null) {
            throw new CourseService.NotFound("The module " + module.title() + " has no quiz.");
        }
        return module.quiz();
    }
}
