package com.smpacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem kind is reported with the file and line an author has to fix. */
class CoursePackLoaderTest {

    private static List<String> problems(TestPacks pack) {
        CoursePackLoader.Result result = pack.load();
        assertThat(result.ok()).as("pack should be refused").isFalse();
        assertThat(result.course()).isNull();
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aValidPackLoadsWithItsModulesLessonsAndQuiz() {
        CoursePackLoader.Result result = TestPacks.valid("good").load();
        assertThat(result.problems()).isEmpty();
        var course = result.course();
        assertThat(course.modules()).extracting(CourseModel.Module::id).containsExactly("alpha", "beta");
        assertThat(course.module("alpha").orElseThrow().lessons()).extracting(CourseModel.Lesson::id)
                .containsExactly("one");
        assertThat(course.module("alpha").orElseThrow().quiz().questions()).hasSize(2);
        assertThat(course.module("beta").orElseThrow().lessons().get(0).minutes()).isEqualTo(1);
        assertThat(course.contentHash()).hasSize(64);
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        assertThat(problems(TestPacks.valid("bad").file("02-beta/module.yaml", """
                id: beta
                title: Beta
                prerequisites: [alpha
                minutes: 5
                """))).anyMatch(p -> p.startsWith("bad/02-beta/module.yaml:") && p.contains("invalid YAML"));
    }

    @Test
    void aMissingIdIsReportedOnTheFile() {
        assertThat(problems(TestPacks.valid("bad").file("01-alpha/module.yaml", """
                title: Alpha
                minutes: 5
                """))).contains("bad/01-alpha/module.yaml:1: missing id: add 'id:' with lower-case letters, "
                + "digits and hyphens");
    }

    @Test
    void duplicateLessonAndQuestionIdsAreReported() {
        assertThat(problems(TestPacks.valid("bad")
                .file("01-alpha/02-one.md", "---\ntitle: Again\n---\nText.\n")
                .file("01-alpha/quiz.yaml", """
                        passMark: 80
                        questions:
                          - id: q1
                            type: true-false
                            text: A?
                            answer: true
                          - id: q1
                            type: true-false
                            text: B?
                            answer: false
                        """)))
                .contains("bad/01-alpha/02-one.md:1: duplicate lesson id 'one' in module alpha",
                        "bad/01-alpha/quiz.yaml:7: duplicate question id 'q1'");
    }

    @Test
    void anUnknownPrerequisiteIsReportedOnItsLine() {
        assertThat(problems(TestPacks.valid("bad").file("02-beta/module.yaml", """
                id: beta
                title: Beta
                minutes: 5
                prerequisites:
                  - alpha
                  - gamma
                """))).contains("bad/02-beta/module.yaml:6: unknown prerequisite 'gamma': no module of this "
                + "course has that id");
    }

    @Test
    void aPrerequisiteCycleIsReported() {
        assertThat(problems(TestPacks.valid("bad").file("01-alpha/module.yaml", """
                id: alpha
                title: Alpha
                minutes: 5
                prerequisites: [beta]
                """))).anyMatch(p -> p.matches("bad/0[12]-(alpha|beta)/module.yaml:4: prerequisite cycle: "
                + "(alpha → beta → alpha|beta → alpha → beta)".replace("module.yaml:4", "")) || p.matches("bad/0[12]-(alpha|beta)/module.yaml:[45]: prerequisite cycle: .*"));
    }

    @Test
    void anEmptyModuleIsReported() {
        assertThat(problems(TestPacks.valid("bad").remove("02-beta/01-two.md")))
                .contains("bad/02-beta/module.yaml:1: empty module: add at least one lesson (nn-lesson-id.md)");
    }

    @Test
    void aLessonWithoutATitleIsReported() {
        assertThat(problems(TestPacks.valid("bad").file("02-beta/01-two.md", "---\nminutes: 3\n---\nText\n")))
                .contains("bad/02-beta/01-two.md:1: lesson without a title: add 'title:' to the front matter");
        assertThat(problems(TestPacks.valid("bad").file("02-beta/01-two.md", "Just text, no front matter\n")))
                .anyMatch(p -> p.startsWith("bad/02-beta/01-two.md:1: lesson without a title"));
    }

    @Test
    void aBrokenAssetLinkIsReportedOnItsLine() {
        assertThat(problems(TestPacks.valid("bad").file("01-alpha/01-one.md", """
                ---
                title: One
                ---
                First line.

                ![missing](assets/nowhere.svg)
                """))).contains("bad/01-alpha/01-one.md:6: broken link to asset 'assets/nowhere.svg': no file "
                + "01-alpha/assets/nowhere.svg in the pack");
    }

    @Test
    void anAssetLinkCannotEscapeThePack() {
        assertThat(problems(TestPacks.valid("bad").file("01-alpha/01-one.md", """
                ---
                title: One
                ---
                [secrets](../../../etc/passwd)
                """))).anyMatch(p -> p.startsWith("bad/01-alpha/01-one.md:4: broken link to asset"));
    }

    @Test
    void aQuestionWithNoCorrectAnswerIsReported() {
        assertThat(problems(TestPacks.valid("bad").file("01-alpha/quiz.yaml", """
                passMark: 80
                questions:
                  - id: q1
                    type: single
                    text: Pick one.
                    options:
                      - { id: a, text: A }
                      - { id: b, text: B }
                """))).contains("bad/01-alpha/quiz.yaml:7: question q1: no option is marked correct: true");
    }

    @Test
    void aQuestionWithFewerThanTwoOptionsIsReported() {
        assertThat(problems(TestPacks.valid("bad").file("01-alpha/quiz.yaml", """
                passMark: 80
                questions:
                  - id: q1
                    type: multiple
                    text: Pick.
                    options:
                      - { id: a, text: A, correct: true }
                """))).contains("bad/01-alpha/quiz.yaml:7: question q1: a choice question needs at least two "
                + "options");
    }

    @Test
    void aPassMarkOutsideZeroToHundredIsReported() {
        assertThat(problems(TestPacks.valid("bad").file("01-alpha/quiz.yaml", """
                title: Alpha quiz
                passMark: 120
                questions:
                  - id: q2
                    type: true-false
                    text: True?
                    answer: true
                """))).contains("bad/01-alpha/quiz.yaml:2: pass mark 120 is outside 0–100");
    }

    @Test
    void theCourseIdMustMatchItsFolderAndEveryModuleMustBeListed() {
        List<String> found = problems(TestPacks.valid("bad")
                .file("course.yaml", "id: other\ntitle: T\nmodules: [alpha]\n"));
        assertThat(found).contains("bad/course.yaml:1: course id 'other' must match its folder name 'bad'",
                "bad/course.yaml:3: module folder '02-beta' is not listed in 'modules'");
    }

    @Test
    void typeSpecificRulesAreChecked() {
        List<String> found = problems(TestPacks.valid("bad").file("01-alpha/quiz.yaml", """
                passMark: 80
                drawCount: 9
                review: whenever
                questions:
                  - id: order
                    type: ordering
                    text: Order.
                    items: [only one]
                  - id: num
                    type: numeric
                    text: How many?
                    tolerance: -1
                  - id: tf
                    type: true-false
                    text: Yes?
                  - id: where
                    type: landmark
                    text: Place it.
                    image: assets/dot.svg
                    landmarks:
                      - { id: c, label: Centre }
                """));
        assertThat(found).contains(
                "bad/01-alpha/quiz.yaml:2: drawCount 9 is more than the 4 questions in the bank",
                "bad/01-alpha/quiz.yaml:3: review must be score-only, answers-after-pass or "
                        + "answers-after-last-attempt",
                "bad/01-alpha/quiz.yaml:8: question order: an ordering question needs at least two items",
                "bad/01-alpha/quiz.yaml:9: question num: a numeric question needs a number answer",
                "bad/01-alpha/quiz.yaml:12: question num: tolerance must be a number of 0 or more",
                "bad/01-alpha/quiz.yaml:13: question tf: a true-false question needs answer: true or answer: false",
                "bad/01-alpha/quiz.yaml:21: question where: landmark c needs exactly one target region, circle "
                        + "or rect");
    }

    @Test
    void duplicateYamlKeysAreReported() {
        assertThat(problems(TestPacks.valid("bad").file("02-beta/module.yaml", """
                id: beta
                title: Beta
                title: Beta again
                """))).contains("bad/02-beta/module.yaml:3: duplicate key 'title'");
    }

    @Test
    void problemsAreSortedByFileAndLine() {
        CoursePackLoader.Result result = TestPacks.valid("bad")
                .file("02-beta/01-two.md", "no front matter")
                .file("01-alpha/quiz.yaml", "passMark: 101\nquestions: []\n").load();
        assertThat(result.problems()).isSorted();
    }
}
