package com.smpacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** course.yaml's optional exercises block: target ranges per practice exercise, each problem on its line. */
class CourseExercisesTest {

    private static TestPacks withExercises(String folder, String block) {
        return TestPacks.valid(folder).file("course.yaml", """
                id: %s
                title: A valid course
                version: 1
                summary: Short.
                modules: [alpha, beta]
                exercises:
                %s""".formatted(folder, block.indent(2)));
    }

    @Test
    void exercisesLoadWithTheirSkillsAndTargetRanges() {
        CoursePackLoader.Result result = withExercises("good", """
                - id: hairline
                  title: Hairline dots
                  skills: [hairline-design]
                  targets:
                    meanDiameterMm: [0.25, 0.45]
                    densityPerCm2: [25, 55]
                """).load();
        assertThat(result.problems()).isEmpty();
        CourseModel.Exercise exercise = result.course().exercises().get(0);
        assertThat(exercise.skills()).containsExactly("hairline-design");
        assertThat(exercise.targets().get("meanDiameterMm").contains(0.3)).isTrue();
        assertThat(exercise.targets().get("densityPerCm2").contains(60)).isFalse();
    }

    @Test
    void aPackWithoutExercisesHasNone() {
        assertThat(TestPacks.valid("plain").load().course().exercises()).isEmpty();
    }

    @Test
    void badRangesAndUnknownFiguresAreReportedOnTheirLines() {
        CoursePackLoader.Result result = withExercises("bad", """
                - id: fill
                  title: Fill
                  skills: [density-fill]
                  targets:
                    densityPerCm2: [90, 60]
                    dotsPerInch: [1, 2]
                    meanDiameterMm: 0.4
                """).load();
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertThat(result.ok()).isFalse();
        assertThat(problems).contains("bad/course.yaml:11: densityPerCm2: low must be 0 or more and not above high")
                .anyMatch(p -> p.startsWith("bad/course.yaml:12: unknown figure 'dotsPerInch'"))
                .contains("bad/course.yaml:13: meanDiameterMm must be [low, high], two numbers");
    }

    @Test
    void aSkillClaimedByTwoExercisesIsReported() {
        CoursePackLoader.Result result = withExercises("twice", """
                - id: one
                  title: One
                  skills: [density-fill]
                  targets: {diameterCv: [0, 0.2]}
                - id: two
                  title: Two
                  skills: [density-fill]
                  targets: {diameterCv: [0, 0.2]}
                """).load();
        assertThat(result.problems().stream().map(Problem::toString))
                .contains("twice/course.yaml:13: skill 'density-fill' already belongs to another exercise");
    }
}
