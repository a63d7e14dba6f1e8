package com.smpacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.QuestionType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics checked against a small data set computed by hand. */
class QuizStatisticsTest {

    static final Question Q1 = GraderTest.choice(QuestionType.SINGLE, "b");
    static final Question Q2 = new Question("tf", QuestionType.TRUE_FALSE, "TF?", List.of(), null, List.of(), true,
            List.of(), null, 0, null, null, List.of());

    static AttemptContent.Drawn drawn(Question q, Answer a) {
        return new AttemptContent.Drawn(q, List.of(), List.of(), a, null, Grader.score(q, a));
    }

    /**
     * Four attempts, scores 100, 50, 50, 0 (two questions each):
     * <pre>
     *   user  q (single, b correct)  tf (true)   score
     *   1     b  ✓                  true ✓      100
     *   2     b  ✓                  false ✗     50
     *   3     a  ✗                  true ✓      50
     *   4     c  ✗                  false ✗     0
     * </pre>
     * Mean 50, median 50, pass rate (mark 80) 1/4. Facility q: 2/4 = 0.5, tf: 0.5.
     * 27% of 4 = 1.08 → groups of 1: upper = user 1 (100), lower = user 4 (0).
     * Discrimination q: 1 − 0 = 1; tf: 1 − 0 = 1. Most-chosen wrong answer for q: a and c once each, so the
     * tie goes to the alphabetically first, "a) Option a".
     */
    static List<QuizStatistics.Graded> dataSet() {
        List<QuizStatistics.Graded> attempts = new ArrayList<>();
        attempts.add(new QuizStatistics.Graded(1, 100, true, List.of(drawn(Q1, Answer.choice("b")),
                drawn(Q2, Answer.truth(true)))));
        attempts.add(new QuizStatistics.Graded(2, 50, false, List.of(drawn(Q1, Answer.choice("b")),
                drawn(Q2, Answer.truth(false)))));
        attempts.add(new QuizStatistics.Graded(3, 50, false, List.of(drawn(Q1, Answer.choice("a")),
                drawn(Q2, Answer.truth(true)))));
        attempts.add(new QuizStatistics.Graded(4, 0, false, List.of(drawn(Q1, Answer.choice("c")),
                drawn(Q2, Answer.truth(false)))));
        return attempts;
    }

    @Test
    void quizFiguresMatchTheHandComputedValues() {
        QuizStatistics stats = QuizStatistics.compute("c", "m", "Quiz", dataSet());
        assertThat(stats.attempts()).isEqualTo(4);
        assertThat(stats.trainees()).isEqualTo(4);
        assertThat(stats.meanScore()).isEqualTo(50);
        assertThat(stats.medianScore()).isEqualTo(50);
        assertThat(stats.passRate()).isEqualTo(0.25);
    }

    @Test
    void questionFiguresMatchTheHandComputedValues() {
        QuizStatistics stats = QuizStatistics.compute("c", "m", "Quiz", dataSet());
        QuizStatistics.QuestionStats q1 = stats.questions().stream().filter(s -> s.questionId().equals("q"))
                .findFirst().orElseThrow();
        assertThat(q1.timesDrawn()).isEqualTo(4);
        assertThat(q1.facility()).isEqualTo(0.5);
        assertThat(q1.discrimination()).isCloseTo(1.0, within(1e-9));
        assertThat(q1.commonWrongAnswer()).isEqualTo("a) Option a");
        assertThat(q1.commonWrongCount()).isEqualTo(1);
        QuizStatistics.QuestionStats tf = stats.questions().stream().filter(s -> s.questionId().equals("tf"))
                .findFirst().orElseThrow();
        assertThat(tf.commonWrongAnswer()).isEqualTo("False");
        assertThat(tf.commonWrongCount()).isEqualTo(2);
    }

    @Test
    void aQuestionThatStrongTraineesMissMoreThanWeakOnesComesFirst() {
        Question bad = new Question("bad", QuestionType.TRUE_FALSE, "Ambiguous?", List.of(), null, List.of(), true,
                List.of(), null, 0, null, null, List.of());
        List<QuizStatistics.Graded> attempts = new ArrayList<>(dataSet());
        // the top scorer gets "bad" wrong, the bottom scorer gets it right
        attempts.set(0, new QuizStatistics.Graded(1, 100, true, List.of(drawn(Q1, Answer.choice("b")),
                drawn(bad, Answer.truth(false)))));
        attempts.set(3, new QuizStatistics.Graded(4, 0, false, List.of(drawn(Q1, Answer.choice("c")),
                drawn(bad, Answer.truth(true)))));
        QuizStatistics stats = QuizStatistics.compute("c", "m", "Quiz", attempts);
        assertThat(stats.questions().get(0).questionId()).isEqualTo("bad");
        assertThat(stats.questions().get(0).discrimination()).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void csvQuotesTextAndDefusesFormulas() {
        Question formula = new Question("f", QuestionType.TRUE_FALSE, "=HYPERLINK(\"x\")", List.of(), null,
                List.of(), true, List.of(), null, 0, null, null, List.of());
        QuizStatistics stats = QuizStatistics.compute("c", "m", "Quiz \"A\"", List.of(new QuizStatistics.Graded(1,
                100, true, List.of(drawn(formula, Answer.truth(true))))));
        String csv = stats.toCsv();
        assertThat(csv).contains("\"Quiz \"\"A\"\"\"", "\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(csv.lines().filter(l -> l.startsWith("\"f\""))).hasSize(1);
    }

    @Test
    void noAttemptsGiveZerosNotErrors() {
        QuizStatistics stats = QuizStatistics.compute("c", "m", "Quiz", List.of());
        assertThat(stats.attempts()).isZero();
        assertThat(stats.questions()).isEmpty();
    }

    @Test
    void resultsAreGroupedByObjectiveWeakestFirstWithUnassessedObjectivesLast() {
        // q (facility 0.5) names no objective in the drawn snapshot but does in the current bank; tf (0.5) too
        Question tfWithObjective = new Question("tf", QuestionType.TRUE_FALSE, "TF?", List.of(), null, List.of(),
                true, List.of(), null, 0, null, null, List.of(), "spot-scabs", null, null);
        List<QuizStatistics.Graded> attempts = new ArrayList<>(dataSet());
        attempts.add(new QuizStatistics.Graded(5, 0, false, List.of(drawn(tfWithObjective, Answer.truth(false)))));
        java.util.Map<String, QuizStatistics.ObjectiveInfo> objectives = new java.util.LinkedHashMap<>();
        objectives.put("state-spacing", new QuizStatistics.ObjectiveInfo("State the spacing", "Aftercare"));
        objectives.put("spot-scabs", new QuizStatistics.ObjectiveInfo("Recognise scabbing skin", "Healing"));
        objectives.put("never-asked", new QuizStatistics.ObjectiveInfo("Not in any attempt yet", "Healing"));
        QuizStatistics stats = QuizStatistics.compute("c", "m", "Quiz", attempts, objectives,
                java.util.Map.of("q", "state-spacing", "tf", "spot-scabs"));

        assertThat(stats.objectives()).extracting(QuizStatistics.ObjectiveStats::objectiveId)
                .containsExactly("spot-scabs", "state-spacing", "never-asked");
        QuizStatistics.ObjectiveStats scabs = stats.objectives().get(0);
        assertThat(scabs.timesAnswered()).isEqualTo(5);
        assertThat(scabs.facility()).isCloseTo(2 / 5.0, within(1e-9));
        assertThat(scabs.lessonTitle()).isEqualTo("Healing");
        assertThat(stats.objectives().get(1).facility()).isCloseTo(0.5, within(1e-9));
        assertThat(stats.objectives().get(2).timesAnswered()).isZero();
        assertThat(stats.toCsv()).contains("objective_id,objective,lesson,questions,times_answered,facility",
                "\"spot-scabs\",\"Recognise scabbing skin\",\"Healing\",1,5,0.400");
    }
}
