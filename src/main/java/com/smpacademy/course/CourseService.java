package com.smpacademy.course;

import org.springframework.context.ApplicationEventPublisher;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Lesson;
import com.smpacademy.course.CourseModel.Module;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Studying: the catalog with each course's progress, a course's modules (locked, available or done), lessons with
 * their place in the course, and "mark as done". Prerequisites are enforced here: a locked lesson's text never
 * leaves the server.
 */
@Service
public class CourseService {

    static final String STUDY_ROLES = "hasAnyRole('TRAINEE','INSTRUCTOR','ADMIN')";

    public record LessonRef(String moduleId, String lessonId, String title) {
    }

    public record CourseCard(String courseId, String title, String summary, int modules, int lessons, int minutes,
                             int lessonsDone, @Nullable LessonRef continueAt) {
        public double progress() {
            return lessons == 0 ? 0 : (double) lessonsDone / lessons;
        }
    }

    public enum ModuleStatus { LOCKED, AVAILABLE, IN_PROGRESS, DONE }

    /** A module as one trainee sees it: its status, what unlocks it, what remains, which lessons are done. */
    public record ModuleState(Module module, ModuleStatus status, List<String> lockedBy, List<String> stepsLeft,
                              Set<String> lessonsDone) {
    }

    public record CoursePage(Course course, List<ModuleState> modules, int lessonsDone,
                             @Nullable LessonRef continueAt) {
        public Optional<ModuleState> module(String moduleId) {
            return modules.stream().filter(m -> m.module().id().equals(moduleId)).findFirst();
        }
    }

    /**
     * A lesson as one trainee may see it. When {@code locked}, {@code lesson} carries the title only (its text
     * is not sent) and {@code lockedReason} says what to complete first.
     */
    public record LessonPage(Course course, Module module, String lessonId, String title, @Nullable String html,
                             boolean locked, @Nullable String lockedReason, boolean done,
                             @Nullable LessonRef previous, @Nullable LessonRef next, int position, int total) {
    }

    /** The pack, module or lesson does not exist (any more). */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    private final CourseCatalog catalog;
    private final LessonProgressRepository progress;
    private final CoursePlaceRepository places;
    private final List<ModuleRequirement> requirements;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CourseService(CourseCatalog catalog, LessonProgressRepository progress, CoursePlaceRepository places,
                  List<ModuleRequirement> requirements, CurrentUser currentUser, AuditService audit, Clock clock,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.catalog = catalog;
        this.progress = progress;
        this.places = places;
        this.requirements = requirements;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every course with the caller's progress. Two queries whatever the number of courses, lessons or users. */
    @PreAuthorize(STUDY_ROLES)
    @Transactional(readOnly = true)
    public List<CourseCard> catalog() {
        long userId = currentUser.require().id();
        Map<String, Set<String>> done = doneByCourse(progress.findByUserId(userId));
        Map<String, CoursePlace> placeByCourse = new HashMap<>();
        places.findByKeyUserId(userId).forEach(p -> placeByCourse.put(p.courseId(), p));
        List<CourseCard> cards = new ArrayList<>();
        for (Course c : catalog.courses()) {
            Set<String> doneHere = done.getOrDefault(c.id(), Set.of());
            int count = 0;
            for (Module m : c.modules()) {
                for (Lesson l : m.lessons()) {
                    if (doneHere.contains(key(m.id(), l.id()))) {
                        count++;
                    }
                }
            }
            cards.add(new CourseCard(c.id(), c.title(), c.summary(), c.modules().size(), c.lessonCount(),
                    c.minutes(), count, place(c, placeByCourse.get(c.id()))));
        }
        return cards;
    }

    /** One course with the state of each module for the caller. */
    @PreAuthorize(STUDY_ROLES)
    @Transactional(readOnly = true)
    public CoursePage coursePage(String courseId) {
        Course course = course(courseId);
        long userId = currentUser.require().id();
        return page(course, userId, places.findById(new CoursePlace.Key(userId, courseId)).orElse(null));
    }

    /**
     * Opens a lesson for the caller and remembers it as their place. A lesson of a locked module comes back without
     * its text, with the reason.
     */
    @PreAuthorize(STUDY_ROLES)
    @Transactional
    public LessonPage openLesson(String courseId, String moduleId, String lessonId) {
        Course course = course(courseId);
        Module module = course.module(moduleId).orElseThrow(() -> new NotFound("No module " + moduleId
                + " in " + course.title() + "."));
        Lesson lesson = module.lesson(lessonId).orElseThrow(() -> new NotFound("No lesson " + lessonId
                + " in " + module.title() + "."));
        long userId = currentUser.require().id();
        CoursePlace place = places.findById(new CoursePlace.Key(userId, courseId)).orElse(null);
        CoursePage page = page(course, userId, place);
        ModuleState state = page.module(moduleId).orElseThrow();

        List<LessonRef> sequence = new ArrayList<>();
        course.modules().forEach(m -> m.lessons().forEach(l -> sequence.add(new LessonRef(m.id(), l.id(),
                l.title()))));
        int index = 0;
        for (int i = 0; i < sequence.size(); i++) {
            if (sequence.get(i).moduleId().equals(moduleId) && sequence.get(i).lessonId().equals(lessonId)) {
                index = i;
            }
        }
        LessonRef previous = index > 0 ? sequence.get(index - 1) : null;
        LessonRef next = index < sequence.size() - 1 ? sequence.get(index + 1) : null;
        boolean locked = state.status() == ModuleStatus.LOCKED;
        if (locked) {
            return new LessonPage(course, module, lessonId, lesson.title(), null, true,
                    "This lesson is locked. Complete " + String.join(" and ", state.lockedBy())
                            + " first, then come back.", false, previous, next, index + 1, sequence.size());
        }
        if (place == null) {
            places.save(new CoursePlace(new CoursePlace.Key(userId, courseId), moduleId, lessonId, clock.instant()));
        } else {
            place.moveTo(moduleId, lessonId, clock.instant());
        }
        return new LessonPage(course, module, lessonId, lesson.title(), lesson.html(), false, null,
                state.lessonsDone().contains(lessonId), previous, next, index + 1, sequence.size());
    }

    /** Marks a lesson done (or not done again). Refused for lessons that are locked or do not exist. */
    @PreAuthorize(STUDY_ROLES)
    @Transactional
    public void markDone(String courseId, String moduleId, String lessonId, boolean done) {
        Course course = course(courseId);
        Module module = course.module(moduleId).orElseThrow(() -> new NotFound("No module " + moduleId + "."));
        module.lesson(lessonId).orElseThrow(() -> new NotFound("No lesson " + lessonId + "."));
        long userId = currentUser.require().id();
        ModuleState state = page(course, userId, null).module(moduleId).orElseThrow();
        if (state.status() == ModuleStatus.LOCKED) {
            throw new RuleViolationException("This lesson is locked. Complete " + String.join(" and ",
                    state.lockedBy()) + " first.");
        }
        boolean already = progress.existsByUserIdAndCourseIdAndModuleIdAndLessonId(userId, courseId, moduleId,
                lessonId);
        if (done && !already) {
            progress.save(new LessonProgress(userId, courseId, moduleId, lessonId, clock.instant()));
            events.publishEvent(new LessonCompleted(userId, courseId, moduleId, lessonId, clock.instant()));
        } else if (!done && already) {
            progress.deleteOne(userId, courseId, moduleId, lessonId);
        }
    }

    /** The ids of the modules the user has completed, for features that build on modules (certification). */
    @Transactional(readOnly = true)
    public Set<String> completedModules(long userId, String courseId) {
        Set<String> result = new HashSet<>();
        page(course(courseId), userId, null).modules().stream()
                .filter(m -> m.status() == ModuleStatus.DONE).forEach(m -> result.add(m.module().id()));
        return result;
    }

    /** The width and height of an SVG diagram's viewBox, for pickers that report points in its units. */
    public Optional<double[]> svgViewBox(String assetUrl) {
        String prefix = "/course-assets/";
        if (!assetUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = assetUrl.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return catalog.asset(rest.substring(0, slash), rest.substring(slash + 1)).flatMap(bytes -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "viewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)")
                    .matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            return m.find() ? Optional.of(new double[] {Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2))}) : Optional.empty();
        });
    }

    /** Every course in service, for other features (the quiz statistics list its quizzes). */
    public List<Course> catalogCourses() {
        return catalog.courses();
    }

    /** The course as loaded, for other features (the quiz feature reads its banks from here). */
    public Optional<Course> findCourse(String courseId) {
        return catalog.course(courseId);
    }

    /** Reads every course pack again. Admins only; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CourseCatalog.LoadSummary reloadPacks() {
        CourseCatalog.LoadSummary summary = catalog.reload();
        AccountPrincipal admin = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.COURSE_PACKS_RELOADED, admin.id(), admin.email())
                .details(summary.loaded() + " loaded, " + summary.refused() + " refused"));
        return summary;
    }

    /** What happened to each pack at the last load. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CourseCatalog.PackReport> packReports() {
        return catalog.reports();
    }

    private CoursePage page(Course course, long userId, @Nullable CoursePlace place) {
        Set<String> done = doneByCourse(progress.findByUserIdAndCourseId(userId, course.id()))
                .getOrDefault(course.id(), Set.of());
        Map<ModuleRequirement, Set<String>> met = new HashMap<>();
        for (ModuleRequirement r : requirements) {
            met.put(r, r.metBy(userId, course));
        }
        Map<String, ModuleState> states = new HashMap<>();
        List<ModuleState> ordered = new ArrayList<>();
        int lessonsDone = 0;
        // modules in course order; a prerequisite listed later than its dependant is resolved on demand
        for (Module m : course.modules()) {
            ModuleState s = state(course, m, done, met, states, new HashSet<>());
            ordered.add(s);
            lessonsDone += s.lessonsDone().size();
        }
        return new CoursePage(course, List.copyOf(ordered), lessonsDone, place(course, place));
    }

    private ModuleState state(Course course, Module m, Set<String> done, Map<ModuleRequirement, Set<String>> met,
                              Map<String, ModuleState> states, Set<String> visiting) {
        ModuleState known = states.get(m.id());
        if (known != null) {
            return known;
        }
        visiting.add(m.id());
        List<String> lockedBy = new ArrayList<>();
        for (String p : m.prerequisites()) {
            Module pre = course.module(p).orElse(null);
            if (pre == null || visiting.contains(p)) {
                continue;
            }
            if (state(course, pre, done, met, states, visiting).status() != ModuleStatus.DONE) {
                lockedBy.add("\"" + pre.title() + "\"");
            }
        }
        Set<String> lessonsDone = new HashSet<>();
        for (Lesson l : m.lessons()) {
            if (done.contains(key(m.id(), l.id()))) {
                lessonsDone.add(l.id());
            }
        }
        List<String> stepsLeft = new ArrayList<>();
        int remaining = m.lessons().size() - lessonsDone.size();
        if (remaining > 0) {
            stepsLeft.add("read " + remaining + " more lesson" + (remaining == 1 ? "" : "s"));
        }
        for (Map.Entry<ModuleRequirement, Set<String>> e : met.entrySet()) {
            if (e.getKey().appliesTo(m) && !e.getValue().contains(m.id())) {
                stepsLeft.add(e.getKey().stepLeft(m));
            }
        }
        ModuleStatus status;
        if (!lockedBy.isEmpty()) {
            status = ModuleStatus.LOCKED;
        } else if (stepsLeft.isEmpty()) {
            status = ModuleStatus.DONE;
        } else {
            status = lessonsDone.isEmpty() ? ModuleStatus.AVAILABLE : ModuleStatus.IN_PROGRESS;
        }
        ModuleState state = new ModuleState(m, status, List.copyOf(lockedBy), List.copyOf(stepsLeft),
                Set.copyOf(lessonsDone));
        states.put(m.id(), state);
        visiting.remove(m.id());
        return state;
    }

    private Course course(String courseId) {
        return catalog.course(courseId).orElseThrow(() -> new NotFound("There is no course \"" + courseId
                + "\". It may have been removed; go back to the course list."));
    }

    private static @Nullable LessonRef place(Course course, @Nullable CoursePlace place) {
        if (place == null) {
            return null;
        }
        return course.module(place.moduleId()).flatMap(m -> m.lesson(place.lessonId())
                .map(l -> new LessonRef(m.id(), l.id(), l.title()))).orElse(null);
    }

    private static Map<String, Set<String>> doneByCourse(List<LessonProgress> rows) {
        Map<String, Set<String>> done = new HashMap<>();
        rows.forEach(p -> done.computeIfAbsent(p.courseId(), k -> new HashSet<>()).add(key(p.moduleId(),
                p.lessonId())));
        return done;
    }

    private static String key(String moduleId, String lessonId) {
        return moduleId + "/" + lessonId;
    }
}
