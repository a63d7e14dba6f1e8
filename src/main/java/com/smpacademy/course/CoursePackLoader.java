package com.smpacademy.course;

import com.smpacademy.course.CourseModel.Circle;
import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Landmark;
import com.smpacademy.course.CourseModel.Lesson;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.QuestionType;
import com.smpacademy.course.CourseModel.Quiz;
import com.smpacademy.course.CourseModel.Rect;
import com.smpacademy.course.CourseModel.ReviewPolicy;
import com.smpacademy.course.YamlTree.Node;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates one course pack in the format of {@code courses/README.md}. Every problem is collected with
 * its {@code path:line}; a pack with any problem is refused as a whole, so trainees never see half a course.
 * Plain Java (no Spring), so the command-line check and the application share it.
 */
public final class CoursePackLoader {

    /**
     * Either a course or the reasons it was refused. {@code warnings} do not refuse the pack (cue warnings, and the
     * objective and figure checks of modules not yet switched to {@code checks: strict}); {@code reviews} are what
     * the figure check could not decide, for an instructor to look at on the admin "Course packs" page.
     */
    public record Result(String folder, @Nullable Course course, List<Problem> problems, List<Problem> warnings,
                         List<Problem> reviews) {

        public Result(String folder, @Nullable Course course, List<Problem> problems) {
            this(folder, course, problems, List.of(), List.of());
        }

        public boolean ok() {
            return course != null && problems.isEmpty();
        }
    }

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MODULE_FOLDER = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private static final Pattern FIGURE_REF = Pattern.compile("\\{\\{\\s*fig:([^}\\s]*)\\s*}}");
    private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([^\"]+)\">(.*?)</h[1-6]>");

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Problem> reviews = new ArrayList<>();
    private final PackFiles pack;
    private final Map<String, CourseModel.Figure> figures = new LinkedHashMap<>();
    private final List<FigureCheck.Definition> figureChecks = new ArrayList<>();
    private boolean courseStrict;
    /** Texts of the module being loaded, for the figure check once its strictness is known. */
    private final List<CheckedText> moduleTexts = new ArrayList<>();
    /** Worked cases declared by the module's lessons: case id → where. */
    private final Map<String, String> moduleCases = new LinkedHashMap<>();
    /** Line of each question of the module's quiz, for the module-wide checks. */
    private final Map<String, Integer> questionLines = new HashMap<>();

    private record CheckedText(String file, int line, String text, FigureCheck.Kind kind) {
    }

    private CoursePackLoader(PackFiles pack) {
        this.pack = pack;
    }

    /** Loads one pack. */
    public static Result load(PackFiles pack) {
        CoursePackLoader loader = new CoursePackLoader(pack);
        Course course = loader.loadCourse();
        List<Problem> found = loader.problems.stream().sorted().toList();
        return new Result(pack.folder(), found.isEmpty() ? course : null, found,
                loader.warnings.stream().sorted().toList(), loader.reviews.stream().sorted().toList());
    }

    private void problem(String file, int line, String message) {
        problems.add(new Problem(pack.folder() + "/" + file, line, message));
    }

    private void warning(String file, int line, String message) {
        warnings.add(new Problem(pack.folder() + "/" + file, line, message));
    }

    /** An error in a strict module, a warning in one still being migrated. */
    private void check(boolean strict, String file, int line, String message) {
        if (strict) {
            problem(file, line, message);
        } else {
            warning(file, line, message);
        }
    }

    private @Nullable Course loadCourse() {
        byte[] courseYaml = pack.files().get("course.yaml");
        if (courseYaml == null) {
            problem("course.yaml", 1, "missing course.yaml: every pack folder needs one");
            return null;
        }
        Node root = parseYaml("course.yaml", text(courseYaml), 1);
        if (root == null) {
            return null;
        }
        String courseId = requiredId(root, "course.yaml", "id");
        if (courseId != null && !courseId.equals(pack.folder())) {
            problem("course.yaml", line(root, "id"), "course id '" + courseId + "' must match its folder name '"
                    + pack.folder() + "'");
        }
        String title = requiredText(root, "course.yaml", "title");
        int version = integer(root, "course.yaml", "version", 1, 1, Integer.MAX_VALUE);
        String summary = optionalText(root, "summary", "");
        Map<String, Object> certification = plain(root.get("certification")) instanceof Map<?, ?> m
                ? castMap(m) : Map.of();
        courseStrict = checksStrict(root, "course.yaml");
        loadFigures(root.get("figures"));

        // modules: the folders on disk against the order in course.yaml
        Map<String, String> folderById = new LinkedHashMap<>();
        Set<String> seenFolders = new HashSet<>();
        for (String path : pack.files().keySet()) {
            int slash = path.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String folder = path.substring(0, slash);
            if (!seenFolders.add(folder)) {
                continue;
            }
            Matcher m = MODULE_FOLDER.matcher(folder);
            if (!m.matches()) {
                problem(folder + "/", 1, "module folder names are two digits, a hyphen and the module id "
                        + "(e.g. 03-needle-depth)");
                continue;
            }
            String previous = folderById.put(m.group(2), folder);
            if (previous != null) {
                problem(folder + "/module.yaml", 1, "duplicate module id '" + m.group(2) + "' (also " + previous
                        + ")");
            }
        }
        List<String> order = new ArrayList<>();
        Node modulesNode = root.get("modules");
        if (modulesNode == null || !modulesNode.isList() || modulesNode.list().isEmpty()) {
            problem("course.yaml", modulesNode == null ? 1 : modulesNode.line(),
                    "'modules' must list the module ids in the order they are taught");
        } else {
            for (Node n : modulesNode.list()) {
                String id = n.value() instanceof String s ? s : null;
                if (id == null || !folderById.containsKey(id)) {
                    problem("course.yaml", n.line(), "module '" + n.value() + "' is listed but there is no folder "
                            + "nn-" + n.value());
                } else if (order.contains(id)) {
                    problem("course.yaml", n.line(), "duplicate module id '" + id + "' in 'modules'");
                } else {
                    order.add(id);
                }
            }
            for (String id : folderById.keySet()) {
                if (!order.contains(id) && modulesNode.list().stream().noneMatch(n -> id.equals(n.value()))) {
                    problem("course.yaml", modulesNode.line(), "module folder '" + folderById.get(id)
                            + "' is not listed in 'modules'");
                }
            }
        }

        List<Module> modules = new ArrayList<>();
        Map<String, Integer> prerequisiteLines = new HashMap<>();
        for (String moduleId : order) {
            Module module = loadModule(courseId == null ? pack.folder() : courseId, moduleId,
                    folderById.get(moduleId), prerequisiteLines);
            if (module != null) {
                modules.add(module);
            }
        }
        checkPrerequisites(modules, prerequisiteLines);
        List<Module> withQuiz = modules.stream().filter(m -> m.quiz() != null).toList();
        if (!withQuiz.isEmpty()) {
            ItemCues.Rates rates = ItemCues.rates(withQuiz.stream().flatMap(m -> m.quiz().questions().stream())
                    .toList());
            boolean allStrict = withQuiz.stream().allMatch(Module::strict);
            rates.failures().forEach(f -> check(allStrict, "course.yaml", 1, "across the whole pack, " + f));
        }
        if (courseId == null || title == null) {
            return null;
        }
        // dots: practice exercises with target ranges for the measured dot figures
        List<CourseModel.Exercise> exercises = CourseExercises.parse(root.get("exercises"),
                (line, message) -> problem("course.yaml", line, message));
        return new Course(courseId, title, version, summary, List.copyOf(modules), certification, hash(),
                pack.sourceLabel(), Map.copyOf(figures), exercises);
    }

    /** {@code checks: strict} (objective, coverage and figure findings are errors) or {@code lenient} (warnings). */
    private boolean checksStrict(Node root, String path) {
        Node n = root.get("checks");
        if (n == null || n.value() == null) {
            return false;
        }
        String v = String.valueOf(n.value());
        if (!v.equals("strict") && !v.equals("lenient")) {
            problem(path, n.line(), "checks must be strict or lenient");
        }
        return v.equals("strict");
    }

    private void loadFigures(@Nullable Node node) {
        if (node == null || node.value() == null) {
            return;
        }
        if (!node.isMap()) {
            problem("course.yaml", node.line(), "'figures' must map each key to {value, source}");
            return;
        }
        for (Map.Entry<String, Node> e : node.map().entrySet()) {
            String key = e.getKey();
            Node f = e.getValue();
            if (!ID.matcher(key).matches()) {
                problem("course.yaml", f.line(), "figure key '" + key + "' may only use lower-case letters, digits "
                        + "and hyphens");
                continue;
            }
            String value = f.isMap() ? optionalText(f, "value", null) : null;
            String source = f.isMap() ? optionalText(f, "source", null) : null;
            if (value == null || value.isBlank() || source == null || source.isBlank()) {
                problem("course.yaml", f.line(), "figure '" + key + "' needs a value and a source");
                continue;
            }
            CourseModel.Figure figure = new CourseModel.Figure(key, value, source, optionalText(f, "unit", null),
                    optionalText(f, "note", null));
            figures.put(key, figure);
            Node detect = f.get("detect");
            if (detect != null && detect.isMap()) {
                List<Pattern> subject = patterns(detect.get("subject"));
                List<Pattern> context = patterns(detect.get("context"));
                Pattern number = null;
                Node numberNode = detect.get("number");
                if (numberNode == null || !(numberNode.value() instanceof String regex)) {
                    problem("course.yaml", detect.line(), "figure '" + key + "': detect needs 'number', a pattern "
                            + "for how a value of it is written");
                } else {
                    number = compile(regex, numberNode.line());
                }
                if (subject.isEmpty()) {
                    problem("course.yaml", detect.line(), "figure '" + key + "': detect needs at least one "
                            + "'subject' pattern");
                }
                figureChecks.add(new FigureCheck.Definition(figure, subject, context, number));
            }
        }
    }

    private List<Pattern> patterns(@Nullable Node node) {
        List<Pattern> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        List<Node> items = node.isList() ? node.list() : List.of(node);
        for (Node n : items) {
            Pattern p = n.value() instanceof String regex ? compile(regex, n.line()) : null;
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private @Nullable Pattern compile(String regex, int line) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (java.util.regex.PatternSyntaxException e) {
            problem("course.yaml", line, "invalid pattern '" + regex + "': " + e.getDescription());
            return null;
        }
    }

    /** Replaces each {@code {{fig:key}}} by the figure's value; an unknown key is a problem on that line. */
    private String renderFigures(String text, String file, int line) {
        if (!text.contains("{{")) {
            return text;
        }
        Matcher m = FIGURE_REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            CourseModel.Figure figure = figures.get(m.group(1));
            if (figure == null) {
                problem(file, line, "unknown figure '" + m.group(1) + "': define it under 'figures' in course.yaml"
                        + (figures.isEmpty() ? "" : " (known: " + String.join(", ", figures.keySet()) + ")"));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(figure.value()));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    private @Nullable Module loadModule(String courseId, String moduleId, String folder,
                                        Map<String, Integer> prerequisiteLines) {
        String yamlPath = folder + "/module.yaml";
        byte[] bytes = pack.files().get(yamlPath);
        if (bytes == null) {
            problem(yamlPath, 1, "missing module.yaml");
            return null;
        }
        Node root = parseYaml(yamlPath, text(bytes), 1);
        if (root == null) {
            return null;
        }
        String id = requiredId(root, yamlPath, "id");
        if (id != null && !id.equals(moduleId)) {
            problem(yamlPath, line(root, "id"), "module id '" + id + "' must match its folder name '" + folder
                    + "'");
        }
        String title = requiredText(root, yamlPath, "title");
        String summary = optionalText(root, "summary", "");
        int minutes = integer(root, yamlPath, "minutes", 0, 0, 10_000);
        boolean strict = courseStrict || checksStrict(root, yamlPath);
        moduleTexts.clear();
        moduleCases.clear();
        List<String> prerequisites = new ArrayList<>();
        Node prereqNode = root.get("prerequisites");
        if (prereqNode != null && prereqNode.value() != null) {
            if (!prereqNode.isList()) {
                problem(yamlPath, prereqNode.line(), "'prerequisites' must be a list of module ids, e.g. [safety]");
            } else {
                for (Node n : prereqNode.list()) {
                    if (n.value() instanceof String s && !s.isBlank()) {
                        prerequisites.add(s);
                        prerequisiteLines.put(moduleId + "→" + s, n.line());
                    } else {
                        problem(yamlPath, n.line(), "a prerequisite must be a module id");
                    }
                }
            }
        }

        String assetBase = "/course-assets/" + courseId + "/" + folder + "/";
        List<Lesson> lessons = new ArrayList<>();
        Set<String> lessonIds = new HashSet<>();
        for (Map.Entry<String, byte[]> file : pack.files().entrySet()) {
            String path = file.getKey();
            if (!path.startsWith(folder + "/") || path.indexOf('/', folder.length() + 1) >= 0
                    || !path.endsWith(".md")) {
                continue;
            }
            String name = path.substring(folder.length() + 1);
            Matcher m = LESSON_FILE.matcher(name);
            if (!m.matches()) {
                problem(path, 1, "lesson files are named nn-lesson-id.md (e.g. 02-target-layer.md)");
                continue;
            }
            if (!lessonIds.add(m.group(2))) {
                problem(path, 1, "duplicate lesson id '" + m.group(2) + "' in module " + moduleId);
                continue;
            }
            Lesson lesson = loadLesson(path, folder, m.group(2), text(file.getValue()), assetBase, strict);
            if (lesson != null) {
                lessons.add(lesson);
            }
        }
        if (lessonIds.isEmpty()) {
            problem(yamlPath, 1, "empty module: add at least one lesson (nn-lesson-id.md)");
        }
        Quiz quiz = null;
        byte[] quizBytes = pack.files().get(folder + "/quiz.yaml");
        if (quizBytes != null) {
            quiz = loadQuiz(folder + "/quiz.yaml", folder, quizBytes, assetBase);
        }
        checkModule(folder, strict, lessons, quiz);
        if (id == null || title == null) {
            return null;
        }
        return new Module(moduleId, folder, title, summary, minutes, List.copyOf(prerequisites),
                List.copyOf(lessons), quiz, strict);
    }

    /**
     * The checks that need the whole module: objectives and the questions that assess them, sections and worked
     * cases the questions name, item cues, and restated figures.
     */
    private void checkModule(String folder, boolean strict, List<Lesson> lessons, @Nullable Quiz quiz) {
        Map<String, CourseModel.Objective> objectives = new LinkedHashMap<>();
        Map<String, Lesson> lessonOf = new HashMap<>();
        for (Lesson l : lessons) {
            for (CourseModel.Objective o : l.objectives()) {
                if (objectives.putIfAbsent(o.id(), o) != null) {
                    problem(folder + "/" + lessonFile(folder, l.id()), 1, "objective id '" + o.id() + "' is used by "
                            + "two lessons of this module (also " + objectives.get(o.id()).lessonId() + ")");
                }
                lessonOf.putIfAbsent(o.id(), l);
            }
        }
        String quizPath = folder + "/quiz.yaml";
        Map<String, Integer> assessed = new HashMap<>();
        Map<String, Integer> caseUse = new HashMap<>();
        if (quiz != null) {
            for (Question q : quiz.questions()) {
                int line = questionLines.getOrDefault(q.id(), 1);
                if (q.objective() == null) {
                    check(strict, quizPath, line, "question " + q.id() + " names no objective: add 'objective:' "
                            + "with the id of the lesson objective it assesses");
                } else if (!objectives.containsKey(q.objective())) {
                    problem(quizPath, line, "question " + q.id() + ": unknown objective '" + q.objective()
                            + "': no lesson of this module states it"
                            + (objectives.isEmpty() ? "" : " (known: " + String.join(", ", objectives.keySet()) + ")"));
                } else {
                    assessed.merge(q.objective(), 1, Integer::sum);
                    Lesson lesson = lessonOf.get(q.objective());
                    if (q.section() != null && lesson.section(q.section()).isEmpty()) {
                        problem(quizPath, line, "question " + q.id() + ": lesson " + lesson.id() + " has no section "
                                + "'" + q.section() + "' (its headings: " + String.join(", ", lesson.sections().stream()
                                .map(CourseModel.Section::anchor).toList()) + ")");
                    }
                }
                if (q.caseId() != null) {
                    if (!moduleCases.containsKey(q.caseId())) {
                        problem(quizPath, line, "question " + q.id() + ": unknown case '" + q.caseId() + "': declare "
                                + "it under 'cases:' in the front matter of the module's worked-cases lesson");
                    } else {
                        caseUse.merge(q.caseId(), 1, Integer::sum);
                    }
                }
                ItemCues.itemCues(q).forEach(c -> warning(quizPath, line, "question " + q.id() + ": " + c));
            }
            ItemCues.rates(quiz.questions()).failures().forEach(f -> check(strict, quizPath, 1, "in this bank, " + f));
        }
        for (CourseModel.Objective o : objectives.values()) {
            if (quiz != null && !assessed.containsKey(o.id())) {
                check(strict, folder + "/" + lessonFile(folder, o.lessonId()), 2, "objective '" + o.id()
                        + "' is assessed by no question: tie at least one question to it (objective: " + o.id() + ")");
            }
        }
        moduleCases.forEach((caseId, where) -> {
            if (caseUse.getOrDefault(caseId, 0) < 2) {
                check(strict, where, 2, "worked case '" + caseId + "' feeds " + caseUse.getOrDefault(caseId, 0)
                        + " question(s): each case feeds at least two (case: " + caseId + ")");
            }
        });
        for (CheckedText t : moduleTexts) {
            for (FigureCheck.Finding f : FigureCheck.check(figureChecks, t.text(), t.kind())) {
                switch (f.verdict()) {
                    case CONTRADICTS -> check(strict, t.file(), t.line(), f.message());
                    case SAME_VALUE_UNREFERENCED -> warning(t.file(), t.line(), f.message());
                    case REVIEW -> reviews.add(new Problem(pack.folder() + "/" + t.file(), t.line(), f.message()));
                }
            }
        }
        questionLines.clear();
    }

    private String lessonFile(String folder, String lessonId) {
        return pack.files().keySet().stream().filter(p -> p.startsWith(folder + "/") && p.endsWith("-" + lessonId
                + ".md")).map(p -> p.substring(folder.length() + 1)).findFirst().orElse(lessonId + ".md");
    }

    private @Nullable Lesson loadLesson(String path, String folder, String lessonId, String text, String assetBase,
                                        boolean strict) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            problem(path, 1, "lesson without a title: start the file with front matter (---, title: ..., ---)");
            return null;
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            problem(path, 1, "front matter is not closed with a line '---'");
            return null;
        }
        Node front = parseYaml(path, normalised.substring(4, end + 1), 2);
        if (front == null) {
            return null;
        }
        String title = front.get("title") != null && front.get("title").value() instanceof String s
                && !s.isBlank() ? s.trim() : null;
        if (title == null) {
            problem(path, 1, "lesson without a title: add 'title:' to the front matter");
        }
        int bodyStart = normalised.indexOf('\n', end + 1) + 1;
        String body = bodyStart <= 0 ? "" : normalised.substring(bodyStart);
        int bodyFirstLine = (int) normalised.substring(0, Math.max(bodyStart, 0)).chars().filter(c -> c == '\n')
                .count() + 1;
        String[] lines = body.split("\n", -1);
        boolean inSources = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                inSources = lines[i].strip().equalsIgnoreCase("## Sources");
            }
            if (!inSources && !lines[i].isBlank()) {
                moduleTexts.add(new CheckedText(path, bodyFirstLine + i, lines[i], FigureCheck.Kind.LESSON));
            }
            lines[i] = renderFigures(lines[i], path, bodyFirstLine + i);
            Matcher m = MD_LINK.matcher(lines[i]);
            while (m.find()) {
                String target = m.group(1);
                if (LessonRenderer.isRelative(target)) {
                    checkAsset(path, bodyFirstLine + i, folder, target);
                }
            }
        }
        body = String.join("\n", lines);
        int words = body.isBlank() ? 0 : body.trim().split("\\s+").length;
        int minutes = integer(front, path, "minutes", Math.max(1, Math.round(words / 180f)), 1, 600);
        List<CourseModel.Objective> objectives = loadObjectives(path, lessonId, front, strict);
        loadCases(path, front);
        if (title == null) {
            return null;
        }
        String html = LessonRenderer.render(body, assetBase);
        List<CourseModel.Section> sections = new ArrayList<>();
        Matcher h = HEADING_ID.matcher(html);
        while (h.find()) {
            sections.add(new CourseModel.Section(h.group(1), org.jsoup.Jsoup.parse(h.group(2)).text()));
        }
        return new Lesson(lessonId, title, minutes, html, words, List.copyOf(objectives), List.copyOf(sections));
    }

    private List<CourseModel.Objective> loadObjectives(String path, String lessonId, Node front, boolean strict) {
        List<CourseModel.Objective> out = new ArrayList<>();
        Node node = front.get("objectives");
        if (node == null || node.value() == null) {
            check(strict, path, 1, "lesson states no learning objectives: add 'objectives:' (2–5 items "
                    + "{id: kebab-case-id, text: \"Explain ...\"})");
            return out;
        }
        if (!node.isList()) {
            problem(path, node.line(), "'objectives' must be a list of {id, text}");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (Node o : node.list()) {
            String id = o.isMap() && o.get("id") != null && o.get("id").value() instanceof String s ? s : null;
            String text = o.isMap() ? optionalText(o, "text", null) : null;
            if (id == null || !ID.matcher(id).matches()) {
                problem(path, o.line(), "each objective needs an id of lower-case letters, digits and hyphens");
                continue;
            }
            if (text == null || text.isBlank()) {
                problem(path, o.line(), "objective " + id + " needs a text (\"Explain ...\", \"Decide ...\")");
                continue;
            }
            if (!ids.add(id)) {
                problem(path, o.line(), "duplicate objective id '" + id + "'");
                continue;
            }
            out.add(new CourseModel.Objective(id, renderFigures(text, path, o.line()), lessonId));
        }
        if (out.size() < 2 || out.size() > 5) {
            check(strict, path, node.line(), "a lesson states 2–5 learning objectives, this one " + out.size());
        }
        return out;
    }

    private void loadCases(String path, Node front) {
        Node node = front.get("cases");
        if (node == null || node.value() == null) {
            return;
        }
        for (Node c : node.list()) {
            String id = c.isMap() && c.get("id") != null && c.get("id").value() instanceof String s ? s : null;
            if (id == null || !ID.matcher(id).matches()) {
                problem(path, c.line(), "each worked case needs an id of lower-case letters, digits and hyphens");
            } else if (moduleCases.putIfAbsent(id, path) != null) {
                problem(path, c.line(), "duplicate case id '" + id + "' in this module");
            }
        }
    }

    private boolean checkAsset(String file, int line, String folder, String target) {
        String clean = target.split("[?#]", 2)[0];
        String resolved = java.nio.file.Path.of(folder).resolve(clean).normalize().toString().replace('\\', '/');
        if (resolved.startsWith("..") || !resolved.startsWith(folder + "/") || !pack.files().containsKey(resolved)) {
            problem(file, line, "broken link to asset '" + target + "': no file " + resolved + " in the pack");
            return false;
        }
        return true;
    }

    private @Nullable Quiz loadQuiz(String path, String folder, byte[] bytes, String assetBase) {
        Node root = parseYaml(path, text(bytes), 1);
        if (root == null) {
            return null;
        }
        String title = optionalText(root, "title", "Module quiz");
        int passMark = integer(root, path, "passMark", -1, 0, 100);
        if (root.get("passMark") == null) {
            problem(path, 1, "missing 'passMark' (a percentage from 0 to 100)");
        }
        int attempts = integer(root, path, "attemptsAllowed", 0, 0, 1000);
        int cooldown = integer(root, path, "cooldownMinutes", 0, 0, 525_600);
        int timeLimit = integer(root, path, "timeLimitMinutes", 0, 0, 1440);
        int retake = integer(root, path, "retakeAfterPassMonths", 0, 0, 120);
        boolean shuffle = !(root.get("shuffleOptions") != null
                && Boolean.FALSE.equals(root.get("shuffleOptions").value()));
        ReviewPolicy review = ReviewPolicy.ANSWERS_AFTER_PASS;
        Node reviewNode = root.get("review");
        if (reviewNode != null) {
            review = ReviewPolicy.fromYaml(String.valueOf(reviewNode.value())).orElseGet(() -> {
                problem(path, reviewNode.line(), "review must be score-only, answers-after-pass or "
                        + "answers-after-last-attempt");
                return ReviewPolicy.ANSWERS_AFTER_PASS;
            });
        }

        List<Question> questions = new ArrayList<>();
        Node questionsNode = root.get("questions");
        if (questionsNode == null || !questionsNode.isList() || questionsNode.list().isEmpty()) {
            problem(path, questionsNode == null ? 1 : questionsNode.line(), "the quiz has no questions");
        } else {
            Set<String> ids = new HashSet<>();
            for (Node q : questionsNode.list()) {
                Question question = loadQuestion(path, folder, q, assetBase);
                if (question != null) {
                    if (!ids.add(question.id())) {
                        problem(path, q.line(), "duplicate question id '" + question.id() + "'");
                    } else {
                        questions.add(question);
                    }
                }
            }
        }
        int drawCount = integer(root, path, "drawCount", questions.size(), 1, 10_000);
        if (drawCount > questions.size() && !questions.isEmpty()) {
            problem(path, line(root, "drawCount"), "drawCount " + drawCount + " is more than the " + questions.size()
                    + " questions in the bank");
        }
        Map<String, Integer> drawByTag = new TreeMap<>();
        Node byTag = root.get("drawByTag");
        if (byTag != null && byTag.value() != null) {
            int sum = 0;
            for (Map.Entry<String, Node> e : byTag.map().entrySet()) {
                int count = e.getValue().value() instanceof Number n ? n.intValue() : -1;
                if (count < 0) {
                    problem(path, e.getValue().line(), "drawByTag." + e.getKey() + " must be a whole number");
                    continue;
                }
                long available = questions.stream().filter(q -> q.tags().contains(e.getKey())).count();
                if (available < count) {
                    problem(path, e.getValue().line(), "drawByTag asks for " + count + " questions tagged '"
                            + e.getKey() + "' but the bank has " + available);
                }
                drawByTag.put(e.getKey(), count);
                sum += count;
            }
            if (sum != drawCount) {
                problem(path, byTag.line(), "drawByTag counts add up to " + sum + ", not drawCount " + drawCount);
            }
        }
        return new Quiz(title, passMark, attempts, cooldown, timeLimit, drawCount, Map.copyOf(drawByTag), shuffle,
                review, List.copyOf(questions), sha256(bytes), retake);
    }

    private @Nullable Question loadQuestion(String path, String folder, Node q, String assetBase) {
        if (!q.isMap()) {
            problem(path, q.line(), "each question must be a map with id, type and text");
            return null;
        }
        String id = requiredId(q, path, "id");
        String typeName = q.get("type") == null ? null : String.valueOf(q.get("type").value());
        QuestionType type = typeName == null ? null : QuestionType.fromYaml(typeName).orElse(null);
        if (type == null) {
            problem(path, q.get("type") == null ? q.line() : q.get("type").line(), "question " + id
                    + ": type must be one of single, multiple, true-false, ordering, numeric, image-choice, "
                    + "landmark");
        }
        String text = requiredText(q, path, "text");
        if (text != null) {
            // a true statement reads like a key, so check it as one; a false one states a misconception on purpose
            boolean trueStatement = type == QuestionType.TRUE_FALSE && q.get("answer") != null
                    && Boolean.TRUE.equals(q.get("answer").value());
            moduleTexts.add(new CheckedText(path, line(q, "text"), text, trueStatement ? FigureCheck.Kind.KEY
                    : FigureCheck.Kind.STEM));
            text = renderFigures(text, path, line(q, "text"));
        }
        if (id != null) {
            questionLines.put(id, q.line());
        }
        String objective = optionalText(q, "objective", null);
        String section = optionalText(q, "section", null);
        String caseId = optionalText(q, "case", null);
        List<String> tags = new ArrayList<>();
        if (q.get("tags") != null) {
            q.get("tags").list().forEach(t -> tags.add(String.valueOf(t.value())));
        }
        String explanation = optionalText(q, "explanation", null);
        if (explanation != null) {
            moduleTexts.add(new CheckedText(path, line(q, "explanation"), explanation,
                    FigureCheck.Kind.EXPLANATION));
            explanation = renderFigures(explanation, path, line(q, "explanation"));
        }
        List<Option> options = new ArrayList<>();
        Boolean answer = null;
        List<String> items = new ArrayList<>();
        Double number = null;
        double tolerance = 0;
        String unit = optionalText(q, "unit", null);
        String image = null;
        List<Landmark> landmarks = new ArrayList<>();
        String label = "question " + id;

        if (type == QuestionType.SINGLE || type == QuestionType.MULTIPLE || type == QuestionType.IMAGE_CHOICE) {
            Node optionsNode = q.get("options");
            Set<String> optionIds = new HashSet<>();
            if (optionsNode != null) {
                for (Node o : optionsNode.list()) {
                    String optionId = o.get("id") == null ? null : String.valueOf(o.get("id").value());
                    String optionText = o.get("text") == null ? "" : String.valueOf(o.get("text").value());
                    String optionImage = o.get("image") == null ? null : String.valueOf(o.get("image").value());
                    if (optionId == null || optionId.isBlank()) {
                        problem(path, o.line(), label + ": every option needs an id");
                        continue;
                    }
                    if (!optionIds.add(optionId)) {
                        problem(path, o.line(), label + ": duplicate option id '" + optionId + "'");
                    }
                    if (type == QuestionType.IMAGE_CHOICE) {
                        if (optionImage == null) {
                            problem(path, o.line(), label + ": option " + optionId + " needs an image");
                        } else if (checkAsset(path, o.get("image").line(), folder, optionImage)) {
                            optionImage = assetBase + optionImage;
                        }
                    } else if (optionText.isBlank()) {
                        problem(path, o.line(), label + ": option " + optionId + " needs text");
                    }
                    boolean correct = o.get("correct") != null && Boolean.TRUE.equals(o.get("correct").value());
                    moduleTexts.add(new CheckedText(path, o.line(), optionText, correct ? FigureCheck.Kind.KEY
                            : FigureCheck.Kind.DISTRACTOR));
                    optionText = renderFigures(optionText, path, o.line());
                    options.add(new Option(optionId, optionText, optionImage, correct));
                }
            }
            long correct = options.stream().filter(Option::correct).count();
            int at = optionsNode == null ? q.line() : optionsNode.line();
            if (options.size() < 2) {
                problem(path, at, label + ": a choice question needs at least two options");
            }
            if (correct == 0) {
                problem(path, at, label + ": no option is marked correct: true");
            } else if (correct > 1 && type != QuestionType.MULTIPLE) {
                problem(path, at, label + ": " + correct + " options are marked correct; a " + type.yaml()
                        + " question has exactly one (use type: multiple)");
            }
        } else if (type == QuestionType.TRUE_FALSE) {
            Node a = q.get("answer");
            if (a == null || !(a.value() instanceof Boolean b)) {
                problem(path, a == null ? q.line() : a.line(), label + ": a true-false question needs "
                        + "answer: true or answer: false");
            } else {
                answer = b;
            }
        } else if (type == QuestionType.ORDERING) {
            Node itemsNode = q.get("items");
            if (itemsNode != null) {
                itemsNode.list().forEach(i -> items.add(renderFigures(String.valueOf(i.value()), path, i.line())));
            }
            if (items.size() < 2) {
                problem(path, itemsNode == null ? q.line() : itemsNode.line(), label
                        + ": an ordering question needs at least two items");
            } else if (new HashSet<>(items).size() != items.size()) {
                problem(path, itemsNode.line(), label + ": ordering items must all differ");
            }
        } else if (type == QuestionType.NUMERIC) {
            Node a = q.get("answer");
            if (a == null || !(a.value() instanceof Number n)) {
                problem(path, a == null ? q.line() : a.line(), label + ": a numeric question needs a number "
                        + "answer");
            } else {
                number = n.doubleValue();
            }
            Node t = q.get("tolerance");
            if (t != null) {
                if (t.value() instanceof Number n && n.doubleValue() >= 0) {
                    tolerance = n.doubleValue();
                } else {
                    problem(path, t.line(), label + ": tolerance must be a number of 0 or more");
                }
            }
        } else if (type == QuestionType.LANDMARK) {
            Node imageNode = q.get("image");
            if (imageNode == null) {
                problem(path, q.line(), label + ": a landmark question needs an image");
            } else {
                String target = String.valueOf(imageNode.value());
                if (!target.endsWith(".svg")) {
                    problem(path, imageNode.line(), label + ": the landmark image must be an SVG with a viewBox");
                } else if (checkAsset(path, imageNode.line(), folder, target)) {
                    image = assetBase + target;
                }
            }
            Node landmarksNode = q.get("landmarks");
            if (landmarksNode == null || landmarksNode.list().isEmpty()) {
                problem(path, q.line(), label + ": list at least one landmark to place");
            } else {
                Set<String> landmarkIds = new HashSet<>();
                for (Node l : landmarksNode.list()) {
                    Landmark landmark = loadLandmark(path, label, l);
                    if (landmark != null && landmarkIds.add(landmark.id())) {
                        landmarks.add(landmark);
                    } else if (landmark != null) {
                        problem(path, l.line(), label + ": duplicate landmark id '" + landmark.id() + "'");
                    }
                }
            }
        }
        if (id == null || type == null || text == null) {
            return null;
        }
        return new Question(id, type, text, List.copyOf(tags), explanation, List.copyOf(options), answer,
                List.copyOf(items), number, tolerance, unit, image, List.copyOf(landmarks), objective, section,
                caseId);
    }

    private @Nullable Landmark loadLandmark(String path, String label, Node l) {
        String id = l.get("id") == null ? null : String.valueOf(l.get("id").value());
        String name = l.get("label") == null ? id : String.valueOf(l.get("label").value());
        if (id == null) {
            problem(path, l.line(), label + ": every landmark needs an id");
            return null;
        }
        Circle circle = null;
        Rect rect = null;
        Node c = l.get("circle");
        Node r = l.get("rect");
        if (c != null) {
            double[] v = numbers(path, label, c, "cx", "cy", "r");
            if (v != null && v[2] > 0) {
                circle = new Circle(v[0], v[1], v[2]);
            } else if (v != null) {
                problem(path, c.line(), label + ": the circle radius must be more than 0");
            }
        }
        if (r != null) {
            double[] v = numbers(path, label, r, "x", "y", "width", "height");
            if (v != null && v[2] > 0 && v[3] > 0) {
                rect = new Rect(v[0], v[1], v[2], v[3]);
            } else if (v != null) {
                problem(path, r.line(), label + ": the rectangle needs a width and height above 0");
            }
        }
        if ((c == null) == (r == null)) {
            problem(path, l.line(), label + ": landmark " + id + " needs exactly one target region, circle or rect");
            return null;
        }
        return circle == null && rect == null ? null : new Landmark(id, name, circle, rect);
    }

    private double @Nullable [] numbers(String path, String label, Node node, String... keys) {
        double[] values = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Node n = node.get(keys[i]);
            if (n == null || !(n.value() instanceof Number number)) {
                problem(path, node.line(), label + ": '" + keys[i] + "' must be a number");
                return null;
            }
            values[i] = number.doubleValue();
        }
        return values;
    }

    private void checkPrerequisites(List<Module> modules, Map<String, Integer> lines) {
        Map<String, Module> byId = new LinkedHashMap<>();
        modules.forEach(m -> byId.put(m.id(), m));
        for (Module m : modules) {
            for (String p : m.prerequisites()) {
                if (!byId.containsKey(p)) {
                    problem(m.folder() + "/module.yaml", lines.getOrDefault(m.id() + "→" + p, 1),
                            "unknown prerequisite '" + p + "': no module of this course has that id");
                } else if (p.equals(m.id())) {
                    problem(m.folder() + "/module.yaml", lines.getOrDefault(m.id() + "→" + p, 1),
                            "a module cannot be its own prerequisite");
                }
            }
        }
        // depth-first search; each cycle is reported once, at the module where it is first closed
        Map<String, Integer> state = new HashMap<>();
        for (Module m : modules) {
            findCycle(m.id(), byId, state, new ArrayList<>(), lines);
        }
    }

    private void findCycle(String id, Map<String, Module> byId, Map<String, Integer> state, List<String> path,
                           Map<String, Integer> lines) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            String from = path.get(path.size() - 1);
            Module module = byId.get(from);
            if (cycle.size() > 2 || !from.equals(id)) {
                problem(module.folder() + "/module.yaml", lines.getOrDefault(from + "→" + id, 1),
                        "prerequisite cycle: " + String.join(" → ", cycle));
            }
            return;
        }
        Module module = byId.get(id);
        if (module == null) {
            return;
        }
        state.put(id, 1);
        path.add(id);
        for (String p : module.prerequisites()) {
            if (!p.equals(id)) {
                findCycle(p, byId, state, path, lines);
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }

    // --- small readers -------------------------------------------------------------------------------------

    private @Nullable Node parseYaml(String path, String text, int firstLine) {
        try {
            YamlTree.Parsed parsed = YamlTree.parse(text, firstLine);
            parsed.duplicateKeys().forEach(d -> problem(path, d.line, d.getMessage()));
            if (!parsed.root().isMap()) {
                problem(path, firstLine, "expected a YAML map of keys and values");
                return null;
            }
            return parsed.root();
        } catch (YamlTree.SyntaxError e) {
            problem(path, e.line, e.getMessage());
            return null;
        }
    }

    private @Nullable String requiredId(Node map, String path, String key) {
        Node n = map.get(key);
        if (n == null || !(n.value() instanceof String s) || s.isBlank()) {
            problem(path, n == null ? map.line() : n.line(), "missing id: add '" + key + ":' with lower-case "
                    + "letters, digits and hyphens");
            return null;
        }
        if (!ID.matcher(s).matches()) {
            problem(path, n.line(), "id '" + s + "' may only use lower-case letters, digits and hyphens");
        }
        return s;
    }

    private @Nullable String requiredText(Node map, String path, String key) {
        Node n = map.get(key);
        if (n == null || n.value() == null || String.valueOf(n.value()).isBlank()) {
            problem(path, n == null ? map.line() : n.line(), "missing '" + key + "'");
            return null;
        }
        return String.valueOf(n.value()).trim();
    }

    private static @Nullable String optionalText(Node map, String key, @Nullable String fallback) {
        Node n = map.get(key);
        return n == null || n.value() == null ? fallback : String.valueOf(n.value()).trim();
    }

    private int integer(Node map, String path, String key, int fallback, int min, int max) {
        Node n = map.get(key);
        if (n == null || n.value() == null) {
            return fallback;
        }
        if (!(n.value() instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            problem(path, n.line(), "'" + key + "' must be a whole number");
            return fallback;
        }
        int value = number.intValue();
        if (value < min || value > max) {
            String what = "passMark".equals(key) ? "pass mark" : "'" + key + "'";
            problem(path, n.line(), what + " " + value + " is outside " + min + "–" + max);
        }
        return value;
    }

    private static int line(Node map, String key) {
        Node n = map.get(key);
        return n == null ? map.line() : n.line();
    }

    private static @Nullable Object plain(@Nullable Node node) {
        if (node == null) {
            return null;
        }
        if (node.isMap()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.map().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (node.isList()) {
            return node.list().stream().map(CoursePackLoader::plain).toList();
        }
        return node.value();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : pack.files().entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
