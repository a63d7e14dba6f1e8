package com.smpacademy.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Writes a small course with quizzes to the test courses folder, for quiz tests. */
final class QuizLab {

    static final Path COURSES_DIR = Path.of("target/test-courses-dir");

    private QuizLab() {
    }

    /**
     * A course with module m1 (one lesson; a quiz of 3 questions, pass mark 60, 2 attempts, 10 minutes cool-down,
     * 5 minutes time limit) and m2 (needs m1; a quiz of {@code bigBank} numeric questions, all drawn).
     */
    static String write(int bigBank) {
        String id = "quiz-lab-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = COURSES_DIR.resolve(id);
        StringBuilder big = new StringBuilder("""
                title: Big quiz
                passMark: 50
                attemptsAllowed: 0
                cooldownMinutes: 0
                timeLimitMinutes: 0
                drawCount: %d
                review: score-only
                questions:
                """.formatted(bigBank));
        for (int i = 0; i < bigBank; i++) {
            big.append("""
                      - id: n%d
                        type: numeric
                        text: "What is %d + 1?"
                        answer: %d
                        tolerance: 0
                    """.formatted(i, i, i + 1));
        }
        try {
            write(dir.resolve("course.yaml"), "id: " + id + "\ntitle: Quiz lab\nmodules: [m1, m2, m3]\n");
            write(dir.resolve("01-m1/module.yaml"), "id: m1\ntitle: Module one\nprerequisites: []\n");
            write(dir.resolve("01-m1/01-read.md"), "---\ntitle: Read me\nobjectives:\n"
                    + "  - {id: read-pick, text: \"Pick the right option\"}\n"
                    + "  - {id: read-truth, text: \"Judge a statement\"}\n---\nSome text.\n\n## The pick\nB.\n");
            write(dir.resolve("01-m1/quiz.yaml"), """
                    title: Module one quiz
                    passMark: 60
                    attemptsAllowed: 2
                    cooldownMinutes: 10
                    timeLimitMinutes: 5
                    drawCount: 3
                    review: answers-after-pass
                    questions:
                      - id: pick
                        type: single
                        objective: read-pick
                        section: the-pick
                        text: Pick B.
                        explanation: B is the one.
                        options:
                          - { id: a, text: Option A }
                          - { id: b, text: Option B, correct: true }
                          - { id: c, text: Option C }
                      - id: truth
                        type: true-false
                        objective: read-truth
                        text: Is this true?
                        answer: true
                      - id: steps
                        type: ordering
                        text: Put the steps in order.
                        items: [First step, Second step, Third step]
                    """);
            write(dir.resolve("02-m2/module.yaml"), "id: m2\ntitle: Module two\nprerequisites: [m1]\n");
            write(dir.resolve("02-m2/01-more.md"), "---\ntitle: More\n---\nMore text.\n");
            write(dir.resolve("02-m2/quiz.yaml"), big.toString());
            write(dir.resolve("03-m3/module.yaml"), "id: m3\ntitle: Every type\nprerequisites: []\n");
            write(dir.resolve("03-m3/01-look.md"), "---\ntitle: Look\n---\nText.\n");
            write(dir.resolve("03-m3/assets/head.svg"), "<svg xmlns='http://www.w3.org/2000/svg' "
                    + "viewBox='0 0 400 500' width='400' height='500'><ellipse cx='200' cy='260' rx='150' "
                    + "ry='200'/></svg>");
            write(dir.resolve("03-m3/assets/a.svg"), "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'/>");
            write(dir.resolve("03-m3/assets/b.svg"), "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'/>");
            write(dir.resolve("03-m3/quiz.yaml"), """
                    title: Every type quiz
                    passMark: 80
                    drawCount: 7
                    review: answers-after-pass
                    questions:
                      - id: single
                        type: single
                        text: Which layer is the SMP target?
                        explanation: SECRET-EXPLANATION-single
                        options:
                          - { id: a, text: Epidermis }
                          - { id: b, text: Upper dermis, correct: true }
                      - id: multi
                        type: multiple
                        text: Which signs point to blow-out?
                        explanation: SECRET-EXPLANATION-multi
                        options:
                          - { id: a, text: Spread dots, correct: true }
                          - { id: b, text: Blue-grey cast, correct: true }
                          - { id: c, text: Flaking in week one }
                      - id: tf
                        type: true-false
                        text: SMP regrows hair.
                        answer: false
                        explanation: SECRET-EXPLANATION-tf
                      - id: order
                        type: ordering
                        text: Order the preparation.
                        items: [Wash hands, Cleanse scalp, Let it dry]
                      - id: num
                        type: numeric
                        text: Parts of water in a 1:3 dilution?
                        answer: 3
                        tolerance: 0
                        unit: parts
                      - id: pic
                        type: image-choice
                        text: Which hairline is mature?
                        options:
                          - { id: a, image: assets/a.svg, text: Low and straight }
                          - { id: b, image: assets/b.svg, text: Soft and irregular, correct: true }
                      - id: marks
                        type: landmark
                        text: Place the landmarks.
                        image: assets/head.svg
                        landmarks:
                          - { id: centre, label: Frontal centre, circle: { cx: 200, cy: 113, r: 24 } }
                          - { id: left, label: Left temporal point, rect: { x: 264, y: 166, width: 58, height: 60 } }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
