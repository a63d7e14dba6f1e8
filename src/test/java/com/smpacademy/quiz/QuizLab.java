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
            write(dir.resolve("course.yaml"), "id: " + id + "\ntitle: Quiz lab\nmodules: [m1, m2]\n");
            write(dir.resolve("01-m1/module.yaml"), "id: m1\ntitle: Module one\nprerequisites: []\n");
            write(dir.resolve("01-m1/01-read.md"), "---\ntitle: Read me\n---\nSome text.\n");
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
                        text: Pick B.
                        explanation: B is the one.
                        options:
                          - { id: a, text: Option A }
                          - { id: b, text: Option B, correct: true }
                          - { id: c, text: Option C }
                      - id: truth
                        type: true-false
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
