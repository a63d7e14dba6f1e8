package com.smpacademy.course;

import com.smpacademy.course.CourseModel.Exercise;
import com.smpacademy.course.CourseModel.TargetRange;
import com.smpacademy.course.YamlTree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads course.yaml's optional {@code exercises:} block: the practice exercises and the target range of each
 * measured dot figure, e.g.
 * <pre>
 * exercises:
 *   - id: hairline
 *     title: Hairline dots
 *     skills: [hairline-design]
 *     targets:
 *       meanDiameterMm: [0.25, 0.45]
 * </pre>
 * Every problem is reported with its line.
 */
final class CourseExercises {

    /** The figures a target may name (those the dot analysis measures). */
    static final Set<String> FIGURES = Set.of("densityPerCm2", "meanDiameterMm", "diameterCv", "meanSpacingMm",
            "spacingCv", "uniformityCv", "blowOutShare", "mergedShare");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CourseExercises() {
    }

    static List<Exercise> parse(@Nullable Node node, BiConsumer<Integer, String> problem) {
        if (node == null || node.value() == null) {
            return List.of();
        }
        if (!node.isList()) {
            problem.accept(node.line(), "'exercises' must be a list of exercises with id, title, skills and targets");
            return List.of();
        }
        List<Exercise> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> skillsSeen = new HashSet<>();
        for (Node e : node.list()) {
            if (!e.isMap()) {
                problem.accept(e.line(), "each exercise must be a map with id, title, skills and targets");
                continue;
            }
            String id = text(e.get("id"));
            if (id == null || !ID.matcher(id).matches()) {
                problem.accept(e.line(), "an exercise needs an id in lower case with hyphens, e.g. hairline-dots");
                continue;
            }
            if (!ids.add(id)) {
                problem.accept(e.line(), "duplicate exercise id '" + id + "'");
            }
            String title = text(e.get("title"));
            if (title == null || title.isBlank()) {
                problem.accept(e.line(), "exercise '" + id + "' needs a title");
                title = id;
            }
            List<String> skills = new ArrayList<>();
            Node skillsNode = e.get("skills");
            if (skillsNode == null || !skillsNode.isList() || skillsNode.list().isEmpty()) {
                problem.accept(skillsNode == null ? e.line() : skillsNode.line(), "exercise '" + id
                        + "' needs 'skills', the logbook skills it applies to, e.g. [hairline-design]");
            } else {
                for (Node s : skillsNode.list()) {
                    String skill = text(s);
                    if (skill == null || !ID.matcher(skill).matches()) {
                        problem.accept(s.line(), "a skill is written in lower case with hyphens, e.g. density-fill");
                    } else if (!skillsSeen.add(skill)) {
                        problem.accept(s.line(), "skill '" + skill + "' already belongs to another exercise");
                    } else {
                        skills.add(skill);
                    }
                }
            }
            Map<String, TargetRange> targets = new LinkedHashMap<>();
            Node targetsNode = e.get("targets");
            if (targetsNode == null || !targetsNode.isMap() || targetsNode.map().isEmpty()) {
                problem.accept(targetsNode == null ? e.line() : targetsNode.line(), "exercise '" + id
                        + "' needs 'targets': figure: [low, high]");
            } else {
                for (Map.Entry<String, Node> t : targetsNode.map().entrySet()) {
                    Node range = t.getValue();
                    if (!FIGURES.contains(t.getKey())) {
                        problem.accept(range.line(), "unknown figure '" + t.getKey() + "'; use one of "
                                + String.join(", ", FIGURES.stream().sorted().toList()));
                        continue;
                    }
                    List<Node> bounds = range.list();
                    if (bounds.size() != 2 || !(bounds.get(0).value() instanceof Number low)
                            || !(bounds.get(1).value() instanceof Number high)) {
                        problem.accept(range.line(), t.getKey() + " must be [low, high], two numbers");
                        continue;
                    }
                    if (low.doubleValue() < 0 || low.doubleValue() > high.doubleValue()) {
                        problem.accept(range.line(), t.getKey() + ": low must be 0 or more and not above high");
                        continue;
                    }
                    targets.put(t.getKey(), new TargetRange(low.doubleValue(), high.doubleValue()));
                }
            }
            out.add(new Exercise(id, title, List.copyOf(skills), Map.copyOf(targets)));
        }
        return List.copyOf(out);
    }

    private static @Nullable String text(@Nullable Node node) {
        return node != null && node.value() instanceof String s ? s.trim() : null;
    }
}
