package com.smpacademy.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The curriculum checks of issues 14 and 18: canonical figures and their restatements, learning objectives and
 * the questions that cover them, worked cases, and test-wiseness cues in quiz items.
 */
class CourseChecksTest {

    private static final String STRICT_ALPHA = """
            id: alpha
            title: Alpha
            summary: First.
            minutes: 5
            checks: strict
            """;

    private static final String FIGURES = """
            id: %s
            title: A valid course
            version: 1
            modules: [alpha, beta]
            figures:
              session-spacing:
                value: "10–30 days"
                source: "Test source 2026"
                detect:
                  subject: ['\\bsessions?\\b[^.]{0,50}\\b(apart|between)\\b']
                  context: ['\\bsessions?\\b']
                  number: '(?:\\d+(?:\\s*(?:–|-|to)\\s*\\d+)?|a few)\\s+(?:days?|weeks?)\\b'
            """;

    private static String lesson(String body) {
        return """
                ---
                title: One
                objectives:
                  - {id: state-spacing, text: "State how long to wait between sessions"}
                  - {id: spot-scabs, text: "Recognise skin that is still scabbing"}
                ---
                %s

                ## Why
                Text.
                """.formatted(body);
    }

    private static final String QUIZ = """
            passMark: 80
            drawCount: 2
            questions:
              - id: q1
                type: single
                objective: state-spacing
                section: why
                text: How long between sessions?
                options:
                  - { id: a, text: "{{fig:session-spacing}}", correct: true }
                  - { id: b, text: "Two to three days" }
                  - { id: c, text: "Exactly one year" }
              - id: q2
                type: true-false
                objective: spot-scabs
                text: Skin with scabs can be needled again.
                answer: false
            """;

    private static TestPacks strictPack(String folder) {
        return TestPacks.valid(folder).file("course.yaml", FIGURES.formatted(folder))
                .file("01-alpha/module.yaml", STRICT_ALPHA)
                .file("01-alpha/01-one.md", lesson("Wait {{fig:session-spacing}} between sessions."))
                .file("01-alpha/quiz.yaml", QUIZ);
    }

    private static List<String> strings(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aFigureReferenceIsRenderedAsTheOneValueInLessonsAndQuestions() {
        CoursePackLoader.Result result = strictPack("good").load();
        assertThat(strings(result.problems())).isEmpty();
        var alpha = result.course().module("alpha").orElseThrow();
        assertThat(alpha.lessons().get(0).html()).contains("Wait 10–30 days between sessions.")
                .doesNotContain("{{");
        assertThat(alpha.quiz().questions().get(0).options().get(0).text()).isEqualTo("10–30 days");
        assertThat(result.course().figures()).containsKey("session-spacing");
        assertThat(alpha.strict()).isTrue();
    }

    @Test
    void anUnknownFigureKeyIsAProblemOnItsLine() {
        CoursePackLoader.Result result = strictPack("bad")
                .file("01-alpha/01-one.md", lesson("Wait {{fig:session-gap}} between sessions.")).load();
        assertThat(strings(result.problems())).contains("bad/01-alpha/01-one.md:7: unknown figure 'session-gap': "
                + "define it under 'figures' in course.yaml (known: session-spacing)");
    }

    @Test
    void theLoaderRefusesAStrictModuleThatRestatesACanonicalFigureWithAnotherValue() {
        CoursePackLoader.Result result = strictPack("bad").file("01-alpha/01-one.md",
                lesson("Sessions a few days apart add density.")).load();
        assertThat(result.ok()).isFalse();
        assertThat(strings(result.problems())).anyMatch(p -> p.startsWith("bad/01-alpha/01-one.md:7: restates "
                + "figure 'session-spacing' as \"a few days\", but course.yaml gives 10–30 days"));

        CoursePackLoader.Result inKey = strictPack("bad").file("01-alpha/quiz.yaml", QUIZ.replace(
                "\"{{fig:session-spacing}}\", correct: true", "\"Sessions 3–4 weeks apart\", correct: true")).load();
        assertThat(strings(inKey.problems())).anyMatch(p -> p.contains("quiz.yaml:10: restates figure "
                + "'session-spacing' as \"3–4 weeks\""));
    }

    @Test
    void theShippedBadPackOnDiskIsRefusedForItsRestatedFigure() {
        PackFiles pack = PackFiles.readDirectory(Path.of("src/test/resources/bad-packs")).stream()
                .filter(p -> p.folder().equals("restated-figure")).findFirst().orElseThrow();
        CoursePackLoader.Result result = CoursePackLoader.load(pack);
        assertThat(strings(result.problems())).containsExactly("restated-figure/01-alpha/01-spacing.md:9: "
                + "restates figure 'session-spacing' as \"a few days\", but course.yaml gives 10–30 days (Test "
                + "source 2026): write {{fig:session-spacing}}");
    }

    @Test
    void whatTheFigureCheckCannotDecideGoesToTheReviewListAndLoads() {
        CoursePackLoader.Result result = strictPack("review").file("01-alpha/01-one.md", lesson(
                "Wu et al. reviewed laser sessions 3–4 weeks apart [2]. A session may take 3 days to settle."))
                .load();
        assertThat(result.ok()).isTrue();
        assertThat(strings(result.reviews())).anyMatch(p -> p.startsWith("review/01-alpha/01-one.md:7: gives "
                + "\"3–4 weeks\" where figure 'session-spacing' is 10–30 days (quoted from a cited source?)"))
                .anyMatch(p -> p.contains("may restate figure 'session-spacing' (10–30 days) as \"3 days\""));
    }

    @Test
    void aDistractorMayStateTheWrongValueButALiteralCopyOfTheRightOneIsAWarning() {
        CoursePackLoader.Result result = strictPack("lit").file("01-alpha/01-one.md",
                lesson("Sessions are spaced 10–30 days apart.")).load();
        assertThat(result.ok()).isTrue();
        assertThat(strings(result.warnings())).anyMatch(p -> p.startsWith("lit/01-alpha/01-one.md:7: states "
                + "figure 'session-spacing' as a literal \"10–30 days\""));
    }

    @Test
    void inALenientModuleObjectiveAndFigureFindingsAreWarningsSoThePackStillLoads() {
        CoursePackLoader.Result result = strictPack("lenient")
                .file("01-alpha/module.yaml", STRICT_ALPHA.replace("checks: strict", "checks: lenient"))
                .file("01-alpha/01-one.md", lesson("Sessions a few days apart add density."))
                .file("01-alpha/quiz.yaml", QUIZ.replace("    objective: spot-scabs\n", "")).load();
        assertThat(result.ok()).isTrue();
        assertThat(strings(result.warnings()))
                .anyMatch(p -> p.contains("restates figure 'session-spacing'"))
                .anyMatch(p -> p.contains("question q2 names no objective"))
                .anyMatch(p -> p.contains("objective 'spot-scabs' is assessed by no question"))
                .anyMatch(p -> p.contains("02-beta/01-two.md:1: lesson states no learning objectives"));
    }

    @Test
    void inAStrictModuleUncoveredObjectivesAndQuestionsWithoutObjectiveAreErrors() {
        List<String> problems = strings(strictPack("bad")
                .file("01-alpha/quiz.yaml", QUIZ.replace("    objective: spot-scabs\n", "")).load().problems());
        assertThat(problems).contains(
                "bad/01-alpha/quiz.yaml:13: question q2 names no objective: add 'objective:' with the id of the "
                        + "lesson objective it assesses",
                "bad/01-alpha/01-one.md:2: objective 'spot-scabs' is assessed by no question: tie at least one "
                        + "question to it (objective: spot-scabs)");
    }

    @Test
    void unknownObjectivesSectionsAndCasesAreErrorsEvenWhenLenient() {
        List<String> problems = strings(TestPacks.valid("bad").file("01-alpha/01-one.md", lesson("Text."))
                .file("01-alpha/quiz.yaml", QUIZ.replace("objective: spot-scabs", "objective: spot-scab\n    case: case-x")
                        .replace("section: why", "section: how")).load().problems());
        assertThat(problems).anyMatch(p -> p.startsWith("bad/01-alpha/quiz.yaml:13: question q2: unknown objective "
                        + "'spot-scab'"))
                .anyMatch(p -> p.startsWith("bad/01-alpha/quiz.yaml:13: question q2: unknown case 'case-x'"))
                .anyMatch(p -> p.startsWith("bad/01-alpha/quiz.yaml:4: question q1: lesson one has no section 'how' "
                        + "(its headings: why)"));
    }

    @Test
    void aLessonStatesTwoToFiveObjectivesWithUniqueIds() {
        List<String> problems = strings(strictPack("bad").file("01-alpha/01-one.md", """
                ---
                title: One
                objectives:
                  - {id: state-spacing, text: "State the wait"}
                  - {id: state-spacing, text: "Again"}
                ---
                Text.
                """).load().problems());
        assertThat(problems).contains("bad/01-alpha/01-one.md:5: duplicate objective id 'state-spacing'",
                "bad/01-alpha/01-one.md:4: a lesson states 2–5 learning objectives, this one 1");
    }

    @Test
    void aWorkedCaseFeedsAtLeastTwoQuestions() {
        TestPacks pack = strictPack("cases").file("01-alpha/02-worked-cases.md", """
                ---
                title: Worked cases
                objectives:
                  - {id: decide-case, text: "Decide what to do next for a client"}
                  - {id: name-wrong-turn, text: "Name the wrong turn"}
                cases:
                  - {id: case-daniel, title: "Daniel, 27, Norwood 3"}
                ---
                ## Daniel
                Text.
                """).file("01-alpha/quiz.yaml", QUIZ + """
                  - id: q3
                    type: true-false
                    objective: decide-case
                    case: case-daniel
                    text: Daniel gets a low straight hairline.
                    answer: false
                  - id: q4
                    type: true-false
                    objective: name-wrong-turn
                    text: The wrong turn is ignoring progression.
                    answer: true
                """);
        assertThat(strings(pack.load().problems())).contains("cases/01-alpha/02-worked-cases.md:2: worked case "
                + "'case-daniel' feeds 1 question(s): each case feeds at least two (case: case-daniel)");
    }

    @Test
    void itemCuesAreWarnedPerItem() {
        CoursePackLoader.Result result = strictPack("cues").file("01-alpha/quiz.yaml", """
                passMark: 80
                questions:
                  - id: long-key
                    type: single
                    objective: state-spacing
                    text: What is the rule between sessions?
                    options:
                      - { id: a, text: "Wait until the skin has fully healed and every scab has gone", correct: true }
                      - { id: b, text: "Wait two days" }
                      - { id: c, text: "Wait one day" }
                  - id: hedged-key
                    type: single
                    objective: spot-scabs
                    text: Scabbing skin is
                    options:
                      - { id: a, text: "usually still healing", correct: true }
                      - { id: b, text: "ready for the next pass" }
                      - { id: c, text: "never a concern at all" }
                  - id: absolute-false
                    type: true-false
                    objective: spot-scabs
                    text: Scabs always fall off in two days.
                    answer: false
                """).load();
        assertThat(strings(result.warnings()))
                .anyMatch(p -> p.contains("question long-key: the correct option is the longest by a margin"))
                .anyMatch(p -> p.contains("question hedged-key: only the correct option uses hedging wording "
                        + "('usually')"))
                .anyMatch(p -> p.contains("question hedged-key: only distractors use absolute wording ('never'"))
                .anyMatch(p -> p.contains("question absolute-false: the statement is keyed false and says 'always'"));
    }

    @Test
    void aStrictBankWhoseKeysAreUsuallyLongestOrFalseIsRefused() {
        StringBuilder quiz = new StringBuilder("passMark: 80\nquestions:\n");
        for (int i = 0; i < 8; i++) {
            quiz.append("""
                      - id: s%d
                        type: single
                        objective: state-spacing
                        text: Question %d?
                        options:
                          - { id: a, text: "The right and longer answer", correct: true }
                          - { id: b, text: "A wrong answer" }
                          - { id: c, text: "Another wrong one" }
                          - { id: d, text: "Wrong" }
                    """.formatted(i, i));
        }
        for (int i = 0; i < 6; i++) {
            quiz.append("""
                      - id: t%d
                        type: true-false
                        objective: spot-scabs
                        text: Statement %d.
                        answer: false
                    """.formatted(i, i));
        }
        List<String> problems = strings(strictPack("bad").file("01-alpha/quiz.yaml", quiz.toString()).load()
                .problems());
        assertThat(problems).contains("bad/01-alpha/quiz.yaml:1: in this bank, the correct option is the longest in "
                        + "8 of 8 single-choice items (100%; chance is 25%, the limit 40%): vary which option is longest",
                "bad/01-alpha/quiz.yaml:1: in this bank, 6 of 6 true/false items are keyed false (100%); keep it "
                        + "between 35% and 65% so guessing one way earns nothing");
    }

    @Test
    void cueRatesCountKeysThatAreStrictlyLongest() {
        CoursePackLoader.Result result = strictPack("good").load();
        ItemCues.Rates rates = ItemCues.rates(result.course().module("alpha").orElseThrow().quiz().questions());
        assertThat(rates.singleItems()).isEqualTo(1);
        assertThat(rates.keyLongest()).isZero();
        assertThat(rates.trueFalseItems()).isEqualTo(1);
        assertThat(rates.keyedFalse()).isEqualTo(1);
        assertThat(rates.chance()).isEqualTo(1 / 3.0);
    }

    @Test
    void aBankWhoseKeyIsAlmostNeverTheLongestFailsLikeOneWhoseKeyAlwaysIs() {
        ItemCues.Rates never = new ItemCues.Rates(20, 1, 0.25, 0, 0);
        assertThat(never.failures()).singleElement().asString()
                .contains("longest in only 1 of 20", "(5%; chance is 25%, the floor 10%)");
        ItemCues.Rates always = new ItemCues.Rates(20, 16, 0.25, 0, 0);
        assertThat(always.failures()).singleElement().asString().contains("longest in 16 of 20");
        ItemCues.Rates nearChance = new ItemCues.Rates(20, 3, 0.25, 0, 0);
        assertThat(nearChance.failures()).isEmpty();
        ItemCues.Rates tooFewToJudge = new ItemCues.Rates(5, 0, 0.25, 0, 0);
        assertThat(tooFewToJudge.failures()).isEmpty();
    }
}
