package com.smpacademy.course;

import com.smpacademy.course.CourseModel.Course;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The course packs in force. Loaded when the application starts and again on an admin's reload: the packs built
 * into the application, then the packs of {@code academy.courses-dir} (default {@code ./courses} when that folder
 * exists), which replace built-in packs of the same folder name. A pack with problems is refused; if an earlier
 * version of it loaded, that version stays in service so trainees are not cut off by an author's typo.
 */
@Component
@Order(10)
public class CourseCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

    /** What happened to one pack at the last (re)load. */
    public record PackReport(String folder, String source, boolean loaded, @Nullable String courseId,
                             @Nullable String title, int version, @Nullable String contentHash, int lessons,
                             int questions, List<Problem> problems, boolean servingPrevious, Instant checkedAt,
                             List<Problem> warnings, List<Problem> reviews) {

        public PackReport(String folder, String source, boolean loaded, @Nullable String courseId,
                          @Nullable String title, int version, @Nullable String contentHash, int lessons,
                          int questions, List<Problem> problems, boolean servingPrevious, Instant checkedAt) {
            this(folder, source, loaded, courseId, title, version, contentHash, lessons, questions, problems,
                    servingPrevious, checkedAt, List.of(), List.of());
        }
    }

    /** The result of a (re)load, for the admin page. */
    public record LoadSummary(int loaded, int refused, long millis) {
    }

    private record Snapshot(Map<String, Course> courses, List<PackReport> reports,
                            Map<String, Map<String, byte[]>> assets) {
    }

    private final CourseVersionRepository versions;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final @Nullable String coursesDir;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of(), Map.of());
    /**
     * The first load, on its own thread, started once the web server is answering (parsing and checking the packs
     * costs a second or two of CPU, which on a small machine would otherwise be taken from starting the server), or
     * by the first read if that comes sooner. Every read waits for it, so no caller ever sees an empty catalog.
     */
    private final CompletableFuture<LoadSummary> firstLoad = new CompletableFuture<>();
    private final AtomicBoolean firstLoadStarted = new AtomicBoolean();

    CourseCatalog(CourseVersionRepository versions, TransactionTemplate tx, Clock clock,
                  @Value("${academy.courses-dir:courses}") @Nullable String coursesDir) {
        this.versions = versions;
        this.tx = tx;
        this.clock = clock;
        this.coursesDir = coursesDir;
    }

    @EventListener(WebServerInitializedEvent.class)
    void startFirstLoad() {
        if (firstLoadStarted.compareAndSet(false, true)) {
            Thread.ofPlatform().name("course-packs-first-load").daemon().start(() -> {
                try {
                    firstLoad.complete(load());
                } catch (Throwable e) {
                    firstLoad.completeExceptionally(e);
                }
            });
        }
    }

    /** The catalog in service; the first call waits for the first load (and starts it if nothing has yet). */
    private Snapshot current() {
        startFirstLoad();
        try {
            firstLoad.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The course packs could not be read", e.getCause());
        }
        return snapshot;
    }

    @Override
    public void run(ApplicationArguments args) {
        recordVersions();
    }

    /** Courses in service, in catalog order (by title). */
    public List<Course> courses() {
        return List.copyOf(current().courses().values());
    }

    public Optional<Course> course(String courseId) {
        return Optional.ofNullable(current().courses().get(courseId));
    }

    /**
     * A file under an {@code assets/} folder of a course in service ({@code path} relative to the pack, e.g.
     * {@code 03-needle-depth/assets/skin-layers.svg}); nothing else of a pack is ever served.
     */
    public Optional<byte[]> asset(String courseId, String path) {
        return Optional.ofNullable(current().assets().getOrDefault(courseId, Map.of()).get(path));
    }

    public List<PackReport> reports() {
        return current().reports();
    }

    /** Reads every pack again and swaps the catalog in one step. */
    public LoadSummary reload() {
        current();
        synchronized (this) {
            LoadSummary summary = load();
            recordVersions();
            return summary;
        }
    }

    private synchronized LoadSummary load() {
        long start = System.nanoTime();
        Map<String, PackFiles> packs = new LinkedHashMap<>();
        PackFiles.readClasspath(getClass().getClassLoader()).forEach(p -> packs.put(p.folder(), p));
        if (coursesDir != null && !coursesDir.isBlank()) {
            PackFiles.readDirectory(Path.of(coursesDir)).forEach(p -> packs.put(p.folder(), p));
        }
        Map<String, Course> previous = snapshot.courses();
        Map<String, Map<String, byte[]>> assets = new java.util.HashMap<>();
        Map<String, Course> courses = new java.util.TreeMap<>();
        List<PackReport> reports = new ArrayList<>();
        Instant now = clock.instant();
        int refused = 0;
        for (PackFiles pack : packs.values()) {
            CoursePackLoader.Result result = CoursePackLoader.load(pack);
            if (result.ok()) {
                Course c = result.course();
                courses.put(c.id(), c);
                assets.put(c.id(), assetsOf(pack));
                reports.add(new PackReport(pack.folder(), pack.sourceLabel(), true, c.id(), c.title(), c.version(),
                        c.contentHash(), c.lessonCount(), questions(c), List.of(), false, now, result.warnings(),
                        result.reviews()));
            } else {
                refused++;
                Course kept = previous.get(pack.folder());
                if (kept != null) {
                    courses.put(kept.id(), kept);
                    assets.put(kept.id(), snapshot.assets().getOrDefault(kept.id(), Map.of()));
                }
                log.warn("Course pack '{}' refused with {} problem(s){}:\n  {}", pack.folder(),
                        result.problems().size(), kept == null ? "" : " (the previous version stays in service)",
                        String.join("\n  ", result.problems().stream().map(Problem::toString).toList()));
                reports.add(new PackReport(pack.folder(), pack.sourceLabel(), false,
                        kept == null ? null : kept.id(), kept == null ? null : kept.title(),
                        kept == null ? 0 : kept.version(), kept == null ? null : kept.contentHash(),
                        kept == null ? 0 : kept.lessonCount(), kept == null ? 0 : questions(kept),
                        result.problems(), kept != null, now, result.warnings(), result.reviews()));
            }
        }
        Map<String, Course> ordered = new LinkedHashMap<>();
        courses.values().stream().sorted(java.util.Comparator.comparing(Course::title))
                .forEach(c -> ordered.put(c.id(), c));
        snapshot = new Snapshot(java.util.Collections.unmodifiableMap(ordered), List.copyOf(reports),
                Map.copyOf(assets));
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Course packs: {} loaded, {} refused, in {} ms", ordered.size(), refused, millis);
        return new LoadSummary(courses.size(), refused, millis);
    }

    private void recordVersions() {
        tx.executeWithoutResult(status -> {
            for (Course c : current().courses().values()) {
                if (!versions.existsByCourseIdAndContentHash(c.id(), c.contentHash())) {
                    versions.save(new CourseVersion(c.id(), c.version(), c.contentHash(), c.sourceLabel(),
                            clock.instant()));
                }
            }
        });
    }

    private static Map<String, byte[]> assetsOf(PackFiles pack) {
        Map<String, byte[]> assets = new java.util.HashMap<>();
        pack.files().forEach((path, bytes) -> {
            if (path.matches("[^/]+/assets/[^/]+")) {
                assets.put(path, bytes);
            }
        });
        return Map.copyOf(assets);
    }

    private static int questions(Course c) {
        return c.modules().stream().mapToInt(m -> m.quiz() == null ? 0 : m.quiz().questions().size()).sum();
    }
}
