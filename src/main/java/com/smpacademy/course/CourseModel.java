package com.smpacademy.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The course as loaded from its pack: immutable, validated, and held in memory (the database keeps only progress
 * and versions). Lesson text is rendered and sanitised at load time.
 */
public final class CourseModel {

    private CourseModel() {
    }

    /** A loaded course. {@code contentHash} is the SHA-256 of every file in the pack. */
    public record Course(String id, String title, int version, String summary, List<Module> modules,
                         Map<String, Object> certification, String contentHash, String sourceLabel,
                         Map<String, Figure> figures, List<Exercise> exercises) {

        public Course(String id, String title, int version, String summary, List<Module> modules,
                      Map<String, Object> certification, String contentHash, String sourceLabel) {
            this(id, title, version, summary, modules, certification, contentHash, sourceLabel, Map.of(),
                    List.of());
        }

        public Optional<Module> module(String moduleId) {
            return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
        }

        public int lessonCount() {
            return modules.stream().mapToInt(m -> m.lessons().size()).sum();
        }

        public int minutes() {
            return modules.stream().mapToInt(Module::minutes).sum();
        }
    }

    /** A practice exercise from course.yaml's {@code exercises:}: the logbook skills it covers, figure targets. */
    public record Exercise(String id, String title, List<String> skills, Map<String, TargetRange> targets) {
    }

    /** A figure's target range, both ends included. */
    public record TargetRange(double low, double high) {

        public boolean contains(double value) {
            return value >= low && value <= high;
        }
    }

    /** A module; {@code folder} is its folder name inside the pack (e.g. {@code 03-needle-depth}). */
    public record Module(String id, String folder, String title, String summary, int minutes,
                         List<String> prerequisites, List<Lesson> lessons, @Nullable Quiz quiz, boolean strict) {

        public Module(String id, String folder, String title, String summary, int minutes,
                      List<String> prerequisites, List<Lesson> lessons, @Nullable Quiz quiz) {
            this(id, folder, title, summary, minutes, prerequisites, lessons, quiz, false);
        }

        public Optional<Lesson> lesson(String lessonId) {
            return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
        }

        /** Every learning objective of the module's lessons, in lesson order. */
        public List<Objective> objectives() {
            return lessons.stream().flatMap(l -> l.objectives().stream()).toList();
        }

        public Optional<Objective> objective(String objectiveId) {
            return objectives().stream().filter(o -> o.id().equals(objectiveId)).findFirst();
        }
    }

    /**
     * A lesson; {@code html} is the rendered, sanitised Markdown. {@code objectives} come from its front matter;
     * {@code sections} are its headings with the anchors a link can jump to.
     */
    public record Lesson(String id, String title, int minutes, String html, int words, List<Objective> objectives,
                         List<Section> sections) {

        public Lesson(String id, String title, int minutes, String html, int words) {
            this(id, title, minutes, html, words, List.of(), List.of());
        }

        public Optional<Section> section(String anchor) {
            return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst();
        }
    }

    /** A learning objective a lesson states ("Explain ..."); ids are unique within a module. */
    public record Objective(String id, String text, String lessonId) {
    }

    /** A heading of a lesson: its text and the id of the HTML heading (the link anchor). */
    public record Section(String anchor, String title) {
    }

    /**
     * A canonical figure of the course ({@code figures:} in course.yaml), written once with its source; lessons and
     * questions refer to it as {@code {{fig:key}}}.
     */
    public record Figure(String key, String value, String source, @Nullable String unit, @Nullable String note) {
    }

    /** A module's quiz: policy and question bank, as the quiz feature uses it. */
    /**
     * A module's quiz. {@code retakeAfterPassMonths} (0 = never) lets a trainee who passed take it again that many
     * months after their last pass, as a refresher (certificate renewal can require one).
     */
    public record Quiz(String title, int passMark, int attemptsAllowed, int cooldownMinutes, int timeLimitMinutes,
                       int drawCount, Map<String, Integer> drawByTag, boolean shuffleOptions, ReviewPolicy review,
                       List<Question> questions, String bankHash, int retakeAfterPassMonths) {
    }

    public enum ReviewPolicy {
        SCORE_ONLY("score-only"), ANSWERS_AFTER_PASS("answers-after-pass"),
        ANSWERS_AFTER_LAST_ATTEMPT("answers-after-last-attempt");

        private final String yaml;

        ReviewPolicy(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        static Optional<ReviewPolicy> fromYaml(String value) {
            for (ReviewPolicy p : values()) {
                if (p.yaml.equals(value)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    public enum QuestionType {
        SINGLE("single"), MULTIPLE("multiple"), TRUE_FALSE("true-false"), ORDERING("ordering"),
        NUMERIC("numeric"), IMAGE_CHOICE("image-choice"), LANDMARK("landmark");

        private final String yaml;

        QuestionType(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        static Optional<QuestionType> fromYaml(String value) {
            for (QuestionType t : values()) {
                if (t.yaml.equals(value)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One question of a bank. Which fields matter depends on the type: options (single, multiple, image-choice),
     * answer (true-false), items in the correct order (ordering), number and tolerance (numeric), image and
     * landmarks (landmark). Image paths are already resolved to URLs under {@code /course-assets/}. {@code objective}
     * is the id of the module objective it assesses, {@code section} an optional heading anchor of the lesson that
     * teaches it, {@code caseId} the worked case that feeds it. Figures ({@code {{fig:key}}}) are already rendered.
     */
    public record Question(String id, QuestionType type, String text, List<String> tags,
                           @Nullable String explanation, List<Option> options, @Nullable Boolean answer,
                           List<String> items, @Nullable Double number, double tolerance, @Nullable String unit,
                           @Nullable String image, List<Landmark> landmarks, @Nullable String objective,
                           @Nullable String section, @Nullable String caseId) {

        public Question(String id, QuestionType type, String text, List<String> tags, @Nullable String explanation,
                        List<Option> options, @Nullable Boolean answer, List<String> items, @Nullable Double number,
                        double tolerance, @Nullable String unit, @Nullable String image, List<Landmark> landmarks) {
            this(id, type, text, tags, explanation, options, answer, items, number, tolerance, unit, image, landmarks,
                    null, null, null);
        }
    }

    public record Option(String id, String text, @Nullable String image, boolean correct) {
    }

    /** A target region on a landmark image: a circle (cx, cy, r) or a rectangle (x, y, width, height). */
    public record Landmark(String id, String label, @Nullable Circle circle, @Nullable Rect rect) {
    }

    public record Circle(double cx, double cy, double r) {
    }

    public record Rect(double x, double y, double width, double height) {
    }
}
