package com.smpacademy.course;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The authors' and CI's check: {@code java -jar smp-academy.jar --validate-courses [dir]} prints every problem as
 * {@code path:line: message} and exits 1, or prints a summary and exits 0. Warnings ({@code path:line: warning: ...})
 * and findings for an instructor's review ({@code path:line: review: ...}) go to standard output and do not fail the
 * check. Starts no web server.
 */
public final class CourseValidation {

    public static final String FLAG = "--validate-courses";

    private CourseValidation() {
    }

    /** Validates the packs in {@code dir} (or the shipped ones when null); returns the exit code. */
    public static int run(@Nullable String dir, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        List<PackFiles> packs;
        if (dir == null) {
            packs = PackFiles.readClasspath(CourseValidation.class.getClassLoader());
        } else {
            Path path = Path.of(dir);
            if (!Files.isDirectory(path)) {
                err.println(dir + ":1: not a folder of course packs");
                return 1;
            }
            packs = PackFiles.readDirectory(path);
        }
        if (packs.isEmpty()) {
            err.println((dir == null ? "built-in courses" : dir) + ":1: no course packs found");
            return 1;
        }
        int problems = 0;
        int warnings = 0;
        int reviews = 0;
        for (PackFiles pack : packs) {
            CoursePackLoader.Result result = CoursePackLoader.load(pack);
            if (result.ok()) {
                var course = result.course();
                int questions = course.modules().stream().mapToInt(m -> m.quiz() == null ? 0
                        : m.quiz().questions().size()).sum();
                int words = course.modules().stream().flatMap(m -> m.lessons().stream())
                        .mapToInt(CourseModel.Lesson::words).sum();
                out.printf("%s: OK — %d modules, %d lessons, %d words, %d questions (version %d, %s)%n",
                        pack.folder(), course.modules().size(), course.lessonCount(), words, questions,
                        course.version(), course.contentHash().substring(0, 12));
                for (CourseModel.Module m : course.modules()) {
                    if (m.quiz() != null) {
                        long objectives = m.objectives().size();
                        long covered = m.objectives().stream().filter(o -> m.quiz().questions().stream()
                                .anyMatch(q -> o.id().equals(q.objective()))).count();
                        out.printf("  %s (%s): %d objectives, %d assessed; %s%n", m.id(),
                                m.strict() ? "strict" : "lenient", objectives, covered,
                                ItemCues.rates(m.quiz().questions()).summary());
                    }
                }
                out.printf("  whole pack: %s%n", ItemCues.rates(course.modules().stream()
                        .filter(m -> m.quiz() != null).flatMap(m -> m.quiz().questions().stream()).toList())
                        .summary());
            } else {
                result.problems().forEach(err::println);
                problems += result.problems().size();
            }
            result.warnings().forEach(w -> out.println(w.path() + ":" + w.line() + ": warning: " + w.message()));
            result.reviews().forEach(r -> out.println(r.path() + ":" + r.line() + ": review: " + r.message()));
            warnings += result.warnings().size();
            reviews += result.reviews().size();
        }
        out.printf("%d pack(s) checked in %d ms, %d problem(s), %d warning(s), %d for review%n", packs.size(),
                (System.nanoTime() - start) / 1_000_000, problems, warnings, reviews);
        return problems == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        System.exit(run(args.length > 0 ? args[0] : null, System.out, System.err));
    }
}
