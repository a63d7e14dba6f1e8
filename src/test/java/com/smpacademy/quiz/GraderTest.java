package com.smpacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.smpacademy.course.CourseModel.Circle;
import com.smpacademy.course.CourseModel.Landmark;
import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.QuestionType;
import com.smpacademy.course.CourseModel.Rect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {

    static Question choice(QuestionType type, String... correct) {
        List<Option> options = List.of("a", "b", "c", "d").stream()
                .map(id -> new Option(id, "Option " + id, null, List.of(correct).contains(id))).toList();
        return new Question("q", type, "Q?", List.of(), null, options, null, List.of(), null, 0, null, null,
                List.of());
    }

    static Question trueFalse(boolean answer) {
        return new Question("q", QuestionType.TRUE_FALSE, "Q?", List.of(), null, List.of(), answer, List.of(), null,
                0, null, null, List.of());
    }

    static Question ordering(int items) {
        List<String> list = java.util.stream.IntStream.range(0, items).mapToObj(i -> "step " + i).toList();
        return new Question("q", QuestionType.ORDERING, "Order", List.of(), null, List.of(), null, list, null, 0,
                null, null, List.of());
    }

    static Question numeric(double answer, double tolerance) {
        return new Question("q", QuestionType.NUMERIC, "How much?", List.of(), null, List.of(), null, List.of(),
                answer, tolerance, "mm", null, List.of());
    }

    static Question landmarks() {
        return new Question("q", QuestionType.LANDMARK, "Place", List.of(), null, List.of(), null, List.of(), null,
                0, null, "/img.svg", List.of(
                new Landmark("centre", "Centre", new Circle(200, 100, 20), null),
                new Landmark("left", "Left", null, new Rect(80, 150, 40, 60))));
    }

    @Test
    void singleChoiceIsAllOrNothing() {
        Question q = choice(QuestionType.SINGLE, "b");
        assertThat(Grader.score(q, Answer.choice("b"))).isEqualTo(1);
        assertThat(Grader.score(q, Answer.choice("a"))).isZero();
        assertThat(Grader.score(q, Answer.choice("zz"))).isZero();
        assertThat(Grader.score(choice(QuestionType.IMAGE_CHOICE, "c"), Answer.choice("c"))).isEqualTo(1);
    }

    @Test
    void anEmptyAnswerScoresNothing() {
        assertThat(Grader.score(choice(QuestionType.SINGLE, "b"), null)).isZero();
        assertThat(Grader.score(choice(QuestionType.MULTIPLE, "a", "b"), Answer.choices(List.of()))).isZero();
        assertThat(Grader.score(ordering(3), Answer.order(List.of()))).isZero();
        assertThat(Grader.score(landmarks(), Answer.points(Map.of()))).isZero();
    }

    @Test
    void multipleResponseIsRightMinusWrongFlooredAtZero() {
        Question q = choice(QuestionType.MULTIPLE, "a", "b");
        assertThat(Grader.score(q, Answer.choices(List.of("a", "b")))).isEqualTo(1);
        assertThat(Grader.score(q, Answer.choices(List.of("a")))).isEqualTo(0.5);
        assertThat(Grader.score(q, Answer.choices(List.of("a", "c")))).isZero();
        // ticking every option: 2 right - 2 wrong
        assertThat(Grader.score(q, Answer.choices(List.of("a", "b", "c", "d")))).isZero();
        assertThat(Grader.score(q, Answer.choices(List.of("c", "d")))).isZero();
        // ticking the same option twice counts once
        assertThat(Grader.score(q, Answer.choices(List.of("a", "a")))).isEqualTo(0.5);
        Question three = choice(QuestionType.MULTIPLE, "a", "b", "c");
        assertThat(Grader.score(three, Answer.choices(List.of("a", "b", "c", "d")))).isCloseTo(2.0 / 3,
                within(1e-9));
    }

    @Test
    void trueFalseMatchesTheAnswer() {
        assertThat(Grader.score(trueFalse(false), Answer.truth(false))).isEqualTo(1);
        assertThat(Grader.score(trueFalse(false), Answer.truth(true))).isZero();
    }

    @Test
    void orderingEarnsTheShareOfStepsInTheirPlace() {
        Question q = ordering(4);
        assertThat(Grader.score(q, Answer.order(List.of(0, 1, 2, 3)))).isEqualTo(1);
        // half right: first two in place, last two swapped
        assertThat(Grader.score(q, Answer.order(List.of(0, 1, 3, 2)))).isEqualTo(0.5);
        assertThat(Grader.score(q, Answer.order(List.of(3, 2, 1, 0)))).isZero();
        // a malformed order (repeats, wrong length) earns nothing
        assertThat(Grader.score(q, Answer.order(List.of(0, 0, 1, 2)))).isZero();
        assertThat(Grader.score(q, Answer.order(List.of(0, 1, 2)))).isZero();
    }

    @Test
    void numericCountsTheToleranceEdgeAsRight() {
        Question q = numeric(0.30, 0.05);
        assertThat(Grader.score(q, Answer.number(0.30))).isEqualTo(1);
        assertThat(Grader.score(q, Answer.number(0.35))).isEqualTo(1);
        assertThat(Grader.score(q, Answer.number(0.25))).isEqualTo(1);
        assertThat(Grader.score(q, Answer.number(0.3501))).isZero();
        assertThat(Grader.score(numeric(3, 0), Answer.number(3))).isEqualTo(1);
        assertThat(Grader.score(numeric(3, 0), Answer.number(3.0000001))).isZero();
    }

    @Test
    void landmarksEarnTheShareOfPointsInsideTheirRegionBorderIncluded() {
        Question q = landmarks();
        assertThat(Grader.score(q, Answer.points(Map.of("centre", new Answer.Point(200, 100),
                "left", new Answer.Point(100, 180))))).isEqualTo(1);
        // exactly on the circle's border and on the rectangle's corner
        assertThat(Grader.score(q, Answer.points(Map.of("centre", new Answer.Point(220, 100),
                "left", new Answer.Point(120, 210))))).isEqualTo(1);
        assertThat(Grader.score(q, Answer.points(Map.of("centre", new Answer.Point(210, 110),
                "left", new Answer.Point(79.9, 180))))).isEqualTo(0.5);
        assertThat(Grader.score(q, Answer.points(Map.of("left", new Answer.Point(100, 180))))).isEqualTo(0.5);
    }
}
