package com.smpacademy.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Builds small course packs for tests, in memory or on disk. */
final class TestPacks {

    private final Map<String, String> files = new TreeMap<>();
    private final String folder;

    private TestPacks(String folder) {
        this.folder = folder;
    }

    /** A valid two-module pack; tests then break one thing at a time. */
    static TestPacks valid(String folder) {
        return new TestPacks(folder)
                .file("course.yaml", """
                        id: %s
                        title: A valid course
                        version: 1
                        summary: Short.
                        modules: [alpha, beta]
                        """.formatted(folder))
                .file("01-alpha/module.yaml", """
                        id: alpha
                        title: Alpha
                        summary: First.
                        minutes: 5
                        prerequisites: []
                        """)
                .file("01-alpha/01-one.md", """
                        ---
                        title: One
                        minutes: 2
                        ---
                        Text of lesson one. ![dot](assets/dot.svg)
                        """)
                .file("01-alpha/assets/dot.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'/>")
                .file("01-alpha/quiz.yaml", """
                        title: Alpha quiz
                        passMark: 80
                        drawCount: 2
                        questions:
                          - id: q1
                            type: single
                            text: Pick b.
                            options:
                              - { id: a, text: A }
                              - { id: b, text: B, correct: true }
                          - id: q2
                            type: true-false
                            text: True?
                            answer: true
                        """)
                .file("02-beta/module.yaml", """
                        id: beta
                        title: Beta
                        summary: Second.
                        minutes: 5
                        prerequisites: [alpha]
                        """)
                .file("02-beta/01-two.md", """
                        ---
                        title: Two
                        ---
                        Text of lesson two.
                        """);
    }

    TestPacks file(String path, String content) {
        files.put(path, content);
        return this;
    }

    TestPacks remove(String path) {
        files.remove(path);
        return this;
    }

    PackFiles pack() {
        TreeMap<String, byte[]> bytes = new TreeMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new PackFiles(folder, bytes, "test");
    }

    CoursePackLoader.Result load() {
        return CoursePackLoader.load(pack());
    }

    /** Writes the pack under {@code coursesDir/folder}, replacing what was there. */
    Path writeTo(Path coursesDir) {
        try {
            Path dir = coursesDir.resolve(folder);
            if (Files.exists(dir)) {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
