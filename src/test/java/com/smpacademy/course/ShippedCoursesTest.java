package com.smpacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Lesson;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.course.CourseModel.QuestionType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curriculum we ship validates clean and meets the bar the course-pack issue sets for it. */
class ShippedCoursesTest {

    static Course course;
    static PackFiles pack;

    @BeforeAll
    static void load() {
        pack = PackFiles.readDirectory(Path.of("courses")).stream()
                .filter(p -> p.folder().equals("smp-practitioner")).findFirst().orElseThrow();
        CoursePackLoader.Result result = CoursePackLoader.load(pack);
        assertThat(result.problems()).as("problems in courses/smp-practitioner").isEmpty();
        course = result.course();
    }

    @Test
    void theShippedCoursesFolderValidatesCleanFromTheCommandLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CourseValidation.run("courses", new PrintStream(out), new PrintStream(err));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("smp-practitioner: OK", "0 problem(s)");
    }

    @Test
    void theCommandLineCheckPrintsProblemsAndExitsOneForABrokenPack(@TempDir Path dir) {
        TestPacks.valid("broken").file("01-alpha/quiz.yaml", "passMark: 150\nquestions: []\n").writeTo(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CourseValidation.run(dir.toString(), new PrintStream(out), new PrintStream(err));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("broken/01-alpha/quiz.yaml:1: pass mark 150 is outside 0–100")
                .contains("broken/01-alpha/quiz.yaml:2: the quiz has no questions");
    }

    @Test
    void theModulesComeInTheTeachingOrder() {
        assertThat(course.modules()).extracting(Module::id).containsExactly("foundations", "safety",
                "needle-depth", "ink-colour", "hairline-design", "scar-camouflage");
    }

    @Test
    void everyModuleHasAtLeastFourLessonsOfSubstanceWithSources() throws Exception {
        for (Module m : course.modules()) {
            assertThat(m.lessons()).as(m.id()).hasSizeGreaterThanOrEqualTo(4);
            for (Lesson l : m.lessons()) {
                assertThat(l.words()).as(m.id() + "/" + l.id() + " words").isBetween(300, 950);
                assertThat(l.html()).as(m.id() + "/" + l.id() + " sources").contains("id=\"sources\"");
            }
        }
    }

    @Test
    void everyModuleHasADiagramAndAQuizBankOfAtLeastTwentyQuestions() {
        for (Module m : course.modules()) {
            assertThat(pack.files().keySet()).as(m.id() + " diagram")
                    .anyMatch(p -> p.startsWith(m.folder() + "/assets/") && p.endsWith(".svg"));
            assertThat(m.lessons()).as(m.id() + " uses a diagram").anyMatch(l -> l.html().contains("<img"));
            assertThat(m.quiz()).as(m.id() + " quiz").isNotNull();
            assertThat(m.quiz().questions()).as(m.id() + " bank").hasSizeGreaterThanOrEqualTo(20);
            assertThat(m.quiz().questions()).allSatisfy(q -> assertThat(q.explanation()).isNotBlank());
        }
    }

    @Test
    void theBanksUseEveryQuestionTypeTheQuizFeatureGrades() {
        List<QuestionType> types = course.modules().stream().flatMap(m -> m.quiz().questions().stream())
                .map(CourseModel.Question::type).distinct().toList();
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void theSeedFactsAreTaught() {
        String all = String.join("\n", course.modules().stream().flatMap(m -> m.lessons().stream())
                .map(Lesson::html).toList());
        assertThat(all).contains("picosecond", "Fitzpatrick", "Norwood", "2020/2081", "1910.1030", "papillary",
                "FUE", "FUT", "keloid", "Tyndall");
    }

    @Test
    void everySvgDiagramHasAViewBoxAndNoScript() throws Exception {
        try (var files = Files.walk(Path.of("courses"))) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
                String text = Files.readString(svg);
                assertThat(text).as(svg.toString()).contains("viewBox");
                assertThat(text.toLowerCase()).as(svg.toString()).doesNotContain("<script", "onload=",
                        "xlink:href=\"http", "<image");
            }
        }
    }
}
