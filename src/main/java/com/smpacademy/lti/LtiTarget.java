package com.smpacademy.lti;

import com.smpacademy.course.CourseModel;
import com.smpacademy.course.CourseService;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a resource link opens: the catalog, a course, a module (its first lesson), a lesson or a quiz. Stored as
 * {@code course:c}, {@code module:c/m}, {@code lesson:c/m/l}, {@code quiz:c/m} or {@code catalog}.
 */
record LtiTarget(Kind kind, String courseId, String moduleId, String lessonId) {

    enum Kind { CATALOG, COURSE, MODULE, LESSON, QUIZ }

    static final LtiTarget CATALOG = new LtiTarget(Kind.CATALOG, "", "", "");

    static LtiTarget course(String c) {
        return new LtiTarget(Kind.COURSE, c, "", "");
    }

    static LtiTarget module(String c, String m) {
        return new LtiTarget(Kind.MODULE, c, m, "");
    }

    static LtiTarget quiz(String c, String m) {
        return new LtiTarget(Kind.QUIZ, c, m, "");
    }

    static Optional<LtiTarget> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.equals("catalog")) {
            return Optional.of(CATALOG);
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String[] p = t.substring(colon + 1).split("/");
        return switch (t.substring(0, colon)) {
            case "course" -> p.length == 1 ? Optional.of(course(p[0])) : Optional.empty();
            case "module" -> p.length == 2 ? Optional.of(module(p[0], p[1])) : Optional.empty();
            case "lesson" -> p.length == 3 ? Optional.of(new LtiTarget(Kind.LESSON, p[0], p[1], p[2]))
                    : Optional.empty();
            case "quiz" -> p.length == 2 ? Optional.of(quiz(p[0], p[1])) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Reads an app URL such as {@code https://host/quiz/c/m} or {@code /courses/c/m/l}. */
    static Optional<LtiTarget> fromAppUrl(@Nullable String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        String[] p = path.replaceAll("^/+|/+$", "").split("/");
        if (p.length == 3 && p[0].equals("quiz")) {
            return Optional.of(quiz(p[1], p[2]));
        }
        if (p[0].equals("courses")) {
            return switch (p.length) {
                case 1 -> Optional.of(CATALOG);
                case 2 -> Optional.of(course(p[1]));
                case 4 -> Optional.of(new LtiTarget(Kind.LESSON, p[1], p[2], p[3]));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    String key() {
        return switch (kind) {
            case CATALOG -> "catalog";
            case COURSE -> "course:" + courseId;
            case MODULE -> "module:" + courseId + "/" + moduleId;
            case LESSON -> "lesson:" + courseId + "/" + moduleId + "/" + lessonId;
            case QUIZ -> "quiz:" + courseId + "/" + moduleId;
        };
    }

    boolean gradable() {
        return kind == Kind.COURSE || kind == Kind.MODULE || kind == Kind.QUIZ;
    }

    /** The app path that shows it, if the content still exists. */
    Optional<String> path(CourseService courses) {
        if (kind == Kind.CATALOG) {
            return Optional.of("/courses");
        }
        Optional<CourseModel.Course> course = courses.findCourse(courseId);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        if (kind == Kind.COURSE) {
            return Optional.of("/courses/" + courseId);
        }
        Optional<CourseModel.Module> module = course.get().module(moduleId);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case MODULE -> module.get().lessons().isEmpty() ? Optional.of("/courses/" + courseId)
                    : Optional.of("/courses/" + courseId + "/" + moduleId + "/" + module.get().lessons().get(0).id());
            case LESSON -> module.get().lesson(lessonId).map(l -> "/courses/" + courseId + "/" + moduleId + "/" + l.id());
            case QUIZ -> module.get().quiz() == null ? Optional.empty()
                    : Optional.of("/quiz/" + courseId + "/" + moduleId);
            default -> Optional.empty();
        };
    }

    /** A title for people: "Module one quiz · Quiz lab". */
    String title(CourseService courses) {
        Optional<CourseModel.Course> course = courses.findCourse(courseId);
        if (kind == Kind.CATALOG || course.isEmpty()) {
            return kind == Kind.CATALOG ? "Course catalog" : key();
        }
        Optional<CourseModel.Module> module = course.get().module(moduleId);
        return switch (kind) {
            case COURSE -> course.get().title();
            case MODULE -> module.map(m -> m.title() + " · " + course.get().title()).orElse(key());
            case LESSON -> module.flatMap(m -> m.lesson(lessonId)).map(l -> l.title() + " · " + course.get().title())
                    .orElse(key());
            case QUIZ -> module.filter(m -> m.quiz() != null).map(m -> m.quiz().title() + " · " + course.get().title())
                    .orElse(key());
            default -> key();
        };
    }
}
