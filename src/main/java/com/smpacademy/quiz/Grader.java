package com.smpacademy.quiz;

import com.smpacademy.course.CourseModel.Circle;
import com.smpacademy.course.CourseModel.Landmark;
import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.Rect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Grades one answer on the server: a score from 0 to 1 for the question. The rules (also in the README):
 * <ul>
 * <li>single choice, image choice, true/false: 1 if right, else 0;</li>
 * <li>multiple response: (right ticks − wrong ticks) / number of correct options, floored at 0, so ticking every
 * option earns nothing unless every option is correct;</li>
 * <li>ordering: the share of items in their correct position;</li>
 * <li>numeric: 1 if within the tolerance (the edge counts as right), else 0;</li>
 * <li>landmark: the share of landmarks placed inside their target region (the border counts as inside).</li>
 * </ul>
 * An empty or malformed answer scores 0.
 */
public final class Grader {

    /** Absorbs floating-point noise at the tolerance and region edges (e.g. 0.1 + 0.2). */
    private static final double EPSILON = 1e-9;

    private Grader() {
    }

    public static double score(Question q, @Nullable Answer a) {
        if (a == null || a.isEmpty()) {
            return 0;
        }
        return switch (q.type()) {
            case SINGLE, IMAGE_CHOICE -> a.choice() != null && correctIds(q).equals(Set.of(a.choice())) ? 1 : 0;
            case MULTIPLE -> multiple(q, a.choices());
            case TRUE_FALSE -> a.truth() != null && a.truth().equals(q.answer()) ? 1 : 0;
            case ORDERING -> ordering(q, a.order());
            case NUMERIC -> a.number() != null && q.number() != null
                    && Math.abs(a.number() - q.number()) <= q.tolerance() + EPSILON ? 1 : 0;
            case LANDMARK -> landmarks(q, a);
        };
    }

    private static Set<String> correctIds(Question q) {
        Set<String> ids = new HashSet<>();
        for (Option o : q.options()) {
            if (o.correct()) {
                ids.add(o.id());
            }
        }
        return ids;
    }

    private static double multiple(Question q, @Nullable List<String> ticked) {
        if (ticked == null) {
            return 0;
        }
        Set<String> correct = correctIds(q);
        Set<String> known = new HashSet<>();
        q.options().forEach(o -> known.add(o.id()));
        int right = 0;
        int wrong = 0;
        for (String id : new HashSet<>(ticked)) {
            if (correct.contains(id)) {
                right++;
            } else if (known.contains(id)) {
                wrong++;
            }
        }
        return correct.isEmpty() ? 0 : Math.max(0, (double) (right - wrong) / correct.size());
    }

    private static double ordering(Question q, @Nullable List<Integer> order) {
        int n = q.items().size();
        if (order == null || order.size() != n || new HashSet<>(order).size() != n) {
            return 0;
        }
        int inPlace = 0;
        for (int position = 0; position < n; position++) {
            if (order.get(position) == position) {
                inPlace++;
            }
        }
        return (double) inPlace / n;
    }

    private static double landmarks(Question q, Answer a) {
        if (a.points() == null || q.landmarks().isEmpty()) {
            return 0;
        }
        int inside = 0;
        for (Landmark l : q.landmarks()) {
            Answer.Point p = a.points().get(l.id());
            if (p != null && inside(l, p)) {
                inside++;
            }
        }
        return (double) inside / q.landmarks().size();
    }

    static boolean inside(Landmark l, Answer.Point p) {
        Circle c = l.circle();
        if (c != null) {
            double dx = p.x() - c.cx();
            double dy = p.y() - c.cy();
            return dx * dx + dy * dy <= c.r() * c.r() + EPSILON;
        }
        Rect r = l.rect();
        return r != null && p.x() >= r.x() - EPSILON && p.x() <= r.x() + r.width() + EPSILON
                && p.y() >= r.y() - EPSILON && p.y() <= r.y() + r.height() + EPSILON;
    }
}
