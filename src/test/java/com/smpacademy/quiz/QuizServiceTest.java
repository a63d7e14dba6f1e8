package com.smpacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseModel.QuestionType;
import com.smpacademy.course.CourseService;
import com.smpacademy.quiz.QuizService.AttemptView;
import com.smpacademy.quiz.QuizService.Result;
import com.smpacademy.quiz.QuizService.ShownQuestion;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class QuizServiceTest {

    @Autowired QuizService quizzes;
    @Autowired CourseService courses;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    static String lab;
    AccountPrincipal trainee;

    @BeforeEach
    void setUp() {
        clock.reset();
        if (lab == null) {
            lab = QuizLab.write(50);
        }
        if (courses.findCourse(lab).isEmpty()) {
            users.loginAs(TestUsers.ADMIN);
            courses.reloadPacks();
        }
        trainee = users.create(Role.TRAINEE);
        users.loginAs(trainee);
    }

    @AfterEach
    void tidy() {
        users.logout();
        clock.reset();
    }

    private static ShownQuestion find(AttemptView view, QuestionType type) {
        return view.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    /** Answers every question of the m1 quiz right, or wrong. */
    private void answerAll(AttemptView view, boolean right) {
        ShownQuestion pick = find(view, QuestionType.SINGLE);
        quizzes.saveAnswer(view.attemptId(), pick.index(), Answer.choice(right ? "b" : "a"));
        ShownQuestion truth = find(view, QuestionType.TRUE_FALSE);
        quizzes.saveAnswer(view.attemptId(), truth.index(), Answer.truth(right));
        ShownQuestion steps = find(view, QuestionType.ORDERING);
        List<Integer> positions = new ArrayList<>();
        for (String item : List.of("First step", "Second step", "Third step")) {
            positions.add(steps.items().indexOf(item));
        }
        quizzes.saveAnswer(view.attemptId(), steps.index(), Answer.order(right ? positions
                : List.of(positions.get(2), positions.get(1), positions.get(0))));
    }

    @Test
    void aStartedAttemptIsResumedNotRestarted() {
        AttemptView first = quizzes.start(lab, "m1");
        assertThat(first.questions()).hasSize(3);
        assertThat(first.deadline()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .plus(Duration.ofMinutes(5)));
        quizzes.saveAnswer(first.attemptId(), 0, Answer.truth(true));

        AttemptView again = quizzes.start(lab, "m1");
        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.questions()).extracting(ShownQuestion::text)
                .containsExactlyElementsOf(first.questions().stream().map(ShownQuestion::text).toList());
        assertThat(again.questions().get(0).saved()).isNotNull();
        assertThat(quizzes.resume(first.attemptId()).attemptId()).isEqualTo(first.attemptId());
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where user_id = ?", Integer.class,
                trainee.id())).isEqualTo(1);
    }

    @Test
    void theOrderingItemsAreShuffledAndAnsweredByPosition() {
        AttemptView view = quizzes.start(lab, "m1");
        ShownQuestion steps = find(view, QuestionType.ORDERING);
        assertThat(steps.items()).containsExactlyInAnyOrder("First step", "Second step", "Third step")
                .isNotEqualTo(List.of("First step", "Second step", "Third step"));
        answerAll(view, true);
        Result result = quizzes.submit(view.attemptId());
        assertThat(result.scorePercent()).isEqualTo(100.0);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void submittingTwiceGradesOnce() {
        AttemptView view = quizzes.start(lab, "m1");
        answerAll(view, true);
        Result first = quizzes.submit(view.attemptId());
        Object submittedAt = jdbc.queryForObject("select submitted_at from quiz_attempt where id = ?", Object.class,
                view.attemptId());
        clock.advance(Duration.ofSeconds(30));
        Result second = quizzes.submit(view.attemptId());
        assertThat(second.scorePercent()).isEqualTo(first.scorePercent());
        assertThat(jdbc.queryForObject("select submitted_at from quiz_attempt where id = ?", Object.class,
                view.attemptId())).isEqualTo(submittedAt);
        assertThatThrownBy(() -> quizzes.saveAnswer(view.attemptId(), 0, Answer.truth(false)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already been submitted");
    }

    @Test
    void concurrentSubmitsFromTwoTabsGradeOnce() throws Exception {
        AttemptView view = quizzes.start(lab, "m1");
        answerAll(view, true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Double> submit = () -> {
                users.loginAs(trainee);
                try {
                    return quizzes.submit(view.attemptId()).scorePercent();
                } finally {
                    users.logout();
                }
            };
            Future<Double> a = pool.submit(submit);
            Future<Double> b = pool.submit(submit);
            assertThat(a.get()).isEqualTo(100.0);
            assertThat(b.get()).isEqualTo(100.0);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where user_id = ? and status = "
                + "'SUBMITTED'", Integer.class, trainee.id())).isEqualTo(1);
    }

    @Test
    void theCooldownAndTheAttemptLimitAreEnforced() {
        AttemptView first = quizzes.start(lab, "m1");
        answerAll(first, false);
        assertThat(quizzes.submit(first.attemptId()).passed()).isFalse();

        assertThatThrownBy(() -> quizzes.start(lab, "m1")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("try again in 10 minutes");
        clock.advance(Duration.ofMinutes(9));
        assertThatThrownBy(() -> quizzes.start(lab, "m1")).hasMessageContaining("in 1 minute");
        clock.advance(Duration.ofMinutes(1));
        AttemptView second = quizzes.start(lab, "m1");
        quizzes.submit(second.attemptId());

        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> quizzes.start(lab, "m1")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("used all 2 attempts");
        QuizService.Overview overview = quizzes.overview(lab, "m1");
        assertThat(overview.canStart()).isFalse();
        assertThat(overview.attemptsUsed()).isEqualTo(2);
    }

    @Test
    void answersAfterTheDeadlineAreNotCountedAndTheAttemptClosesAtTheDeadline() {
        AttemptView view = quizzes.start(lab, "m1");
        ShownQuestion truth = find(view, QuestionType.TRUE_FALSE);
        quizzes.saveAnswer(view.attemptId(), truth.index(), Answer.truth(true));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        ShownQuestion pick = find(view, QuestionType.SINGLE);
        assertThatThrownBy(() -> quizzes.saveAnswer(view.attemptId(), pick.index(), Answer.choice("b")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Time is up");

        Result result = quizzes.result(view.attemptId());
        assertThat(result.status()).isEqualTo("EXPIRED");
        assertThat(result.scorePercent()).isEqualTo(33.3);
        assertThat(jdbc.queryForObject("select submitted_at from quiz_attempt where id = ?", java.sql.Timestamp.class,
                view.attemptId()).toInstant()).isEqualTo(view.deadline());
    }

    @Test
    void anAbandonedAttemptIsClosedAndGradedAsOfItsDeadline() {
        AttemptView view = quizzes.start(lab, "m1");
        answerAll(view, true);
        clock.advance(Duration.ofHours(2));
        quizzes.closeAbandonedAttempts();
        assertThat(jdbc.queryForObject("select status from quiz_attempt where id = ?", String.class,
                view.attemptId())).isEqualTo("EXPIRED");
        assertThat(jdbc.queryForObject("select score_percent from quiz_attempt where id = ?", Double.class,
                view.attemptId())).isEqualTo(100.0);
    }

    @Test
    void correctAnswersStayHiddenUntilThePolicyAllowsThem() {
        AttemptView first = quizzes.start(lab, "m1");
        answerAll(first, false);
        Result failed = quizzes.submit(first.attemptId());
        assertThat(failed.answersShown()).isFalse();
        assertThat(failed.questions()).isEmpty();
        assertThat(failed.reviewNote()).contains("once you pass");
        // what to revise is listed even while answers stay hidden: the lesson section, not the answer
        assertThat(failed.revise()).extracting(QuizService.Revision::path)
                .contains("courses/" + lab + "/m1/read#the-pick", "courses/" + lab + "/m1/read");
        assertThat(failed.revise()).anySatisfy(r -> assertThat(r.label()).isEqualTo("Read me › The pick"));

        clock.advance(Duration.ofMinutes(11));
        AttemptView second = quizzes.start(lab, "m1");
        answerAll(second, true);
        Result passed = quizzes.submit(second.attemptId());
        assertThat(passed.answersShown()).isTrue();
        assertThat(passed.questions()).anySatisfy(q -> {
            assertThat(q.correctAnswer()).isEqualTo("Option B");
            assertThat(q.explanation()).isEqualTo("B is the one.");
            assertThat(q.revise()).isNull();
        });
    }

    @Test
    void anotherTraineesAttemptCannotBeReadOrAnswered() {
        AttemptView view = quizzes.start(lab, "m1");
        users.loginAs(users.create(Role.TRAINEE));
        assertThatThrownBy(() -> quizzes.resume(view.attemptId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.saveAnswer(view.attemptId(), 0, Answer.truth(true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.submit(view.attemptId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLockedModulesQuizCannotBeStarted() {
        assertThatThrownBy(() -> quizzes.start(lab, "m2")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("locked");
    }

    @Test
    void passingTheQuizAndReadingTheLessonsCompletesTheModule() {
        courses.markDone(lab, "m1", "read", true);
        assertThat(courses.coursePage(lab).module("m1").orElseThrow().status())
                .isEqualTo(CourseService.ModuleStatus.IN_PROGRESS);
        assertThat(courses.coursePage(lab).module("m1").orElseThrow().stepsLeft()).contains("pass the module quiz");
        AttemptView view = quizzes.start(lab, "m1");
        answerAll(view, true);
        quizzes.submit(view.attemptId());
        assertThat(courses.coursePage(lab).module("m1").orElseThrow().status())
                .isEqualTo(CourseService.ModuleStatus.DONE);
        assertThat(courses.coursePage(lab).module("m2").orElseThrow().status())
                .isEqualTo(CourseService.ModuleStatus.AVAILABLE);
    }

    @Test
    void startingAndSubmittingRunAFixedNumberOfStatementsWhateverTheBankSize() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long startSmall = statements(stats, () -> quizzes.start(lab, "m1"));
        long attemptSmall = jdbc.queryForObject("select max(id) from quiz_attempt where user_id = ?", Long.class,
                trainee.id());
        long submitSmall = statements(stats, () -> quizzes.submit(attemptSmall));

        // unlock m2 (50 questions) for this trainee
        courses.markDone(lab, "m1", "read", true);
        clock.advance(Duration.ofMinutes(11));
        AttemptView retry = quizzes.start(lab, "m1");
        answerAll(retry, true);
        quizzes.submit(retry.attemptId());

        long startBig = statements(stats, () -> quizzes.start(lab, "m2"));
        AttemptView big = quizzes.start(lab, "m2");
        assertThat(big.questions()).hasSize(50);
        for (ShownQuestion q : big.questions()) {
            int n = Integer.parseInt(q.text().replaceAll("\\D+", " ").trim().split(" ")[0]);
            quizzes.saveAnswer(big.attemptId(), q.index(), Answer.number(n + 1));
        }
        long t0 = System.nanoTime();
        long submitBig = statements(stats, () -> quizzes.submit(big.attemptId()));
        long micros = (System.nanoTime() - t0) / 1000;
        System.out.printf("[figures] quiz submit of a 50-question attempt: %d statements, %.1f ms server time%n",
                submitBig, micros / 1000.0);

        assertThat(startBig).isEqualTo(startSmall);
        assertThat(submitBig).isEqualTo(submitSmall);
        assertThat(jdbc.queryForObject("select score_percent from quiz_attempt where id = ?", Double.class,
                big.attemptId())).isEqualTo(100.0);
    }

    private static long statements(Statistics stats, Runnable action) {
        stats.clear();
        action.run();
        return stats.getPrepareStatementCount();
    }
}
