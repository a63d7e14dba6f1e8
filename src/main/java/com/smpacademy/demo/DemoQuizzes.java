package com.smpacademy.demo;

import com.smpacademy.course.CourseModel.Landmark;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.quiz.Answer;
import com.smpacademy.quiz.QuizService.ShownOption;
import com.smpacademy.quiz.QuizService.ShownQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * How a demo trainee answers: rightly (from the course pack, which the demo may read like any author) or with a
 * plausible mistake. The quiz service still draws, stores and grades everything.
 */
final class DemoQuizzes {

    private final Random random;
    private int attempts;

    DemoQuizzes(Random random) {
        this.random = random;
    }

    int attempts() {
        return attempts;
    }

    void counted() {
        attempts++;
    }

    /** The pack's question behind a shown one (matched on its text within the module's bank). */
    @Nullable Question question(Module module, ShownQuestion shown) {
        if (module.quiz() == null) {
            return null;
        }
        return module.quiz().questions().stream().filter(q -> q.text().equals(shown.text())).findFirst()
                .orElse(null);
    }

    Answer answer(Question q, ShownQuestion shown, boolean right) {
        return switch (q.type()) {
            case SINGLE, IMAGE_CHOICE -> Answer.choice(pick(q, shown, right));
            case MULTIPLE -> {
                List<String> correct = q.options().stream().filter(Option::correct).map(Option::id).toList();
                if (right) {
                    yield Answer.choices(correct);
                }
                List<String> some = new ArrayList<>(correct.subList(0, Math.max(1, correct.size() / 2)));
                q.options().stream().filter(o -> !o.correct()).findFirst().ifPresent(o -> some.add(o.id()));
                yield Answer.choices(some);
            }
            case TRUE_FALSE -> Answer.truth(right == Boolean.TRUE.equals(q.answer()));
            case ORDERING -> {
                // display positions, in the correct order of the steps
                List<Integer> positions = new ArrayList<>();
                for (String item : q.items()) {
                    positions.add(shown.items().indexOf(item));
                }
                if (!right && positions.size() > 1) {
                    Collections.swap(positions, 0, 1 + random.nextInt(positions.size() - 1));
                }
                yield Answer.order(positions);
            }
            case NUMERIC -> {
                double value = q.number() == null ? 0 : q.number();
                yield Answer.number(right ? value : value * (random.nextBoolean() ? 1.6 : 0.5) + 1);
            }
            case LANDMARK -> {
                Map<String, Answer.Point> placed = new LinkedHashMap<>();
                for (Landmark l : q.landmarks()) {
                    double[] c = centre(l);
                    placed.put(l.id(), right ? new Answer.Point(c[0], c[1])
                            : new Answer.Point(c[0] + 70 + random.nextInt(30), c[1]));
                }
                yield Answer.points(placed);
            }
        };
    }

    private String pick(Question q, ShownQuestion shown, boolean right) {
        List<String> ids = shown.options().stream().map(ShownOption::id).toList();
        List<String> wanted = q.options().stream().filter(o -> o.correct() == right).map(Option::id)
                .filter(ids::contains).toList();
        return wanted.isEmpty() ? ids.get(0) : wanted.get(random.nextInt(wanted.size()));
    }

    private static double[] centre(Landmark l) {
        if (l.circle() != null) {
            return new double[] {l.circle().cx(), l.circle().cy()};
        }
        if (l.rect() != null) {
            return new double[] {l.rect().x() + l.rect().width() / 2, l.rect().y() + l.rect().height() / 2};
        }
        return new double[] {0, 0};
    }
}
