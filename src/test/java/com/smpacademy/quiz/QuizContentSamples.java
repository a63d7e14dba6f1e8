package com.smpacademy.quiz;

import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.Quiz;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Graded attempt contents drawn from a real question bank with the app's own draw and grader, answered by a
 * simulated trainee of a given ability (the chance of answering each question right), for seeding large data sets.
 */
public final class QuizContentSamples {

    /** One graded attempt: its stored JSON, the number of questions, the points and the score in percent. */
    public record Sample(String json, int questionCount, double points, double scorePercent) {
    }

    private QuizContentSamples() {
    }

    public static List<Sample> samples(Quiz quiz, int count, long seed) {
        Random random = new Random(seed);
        List<Sample> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            double ability = 0.35 + 0.6 * random.nextDouble();
            List<AttemptContent.Drawn> drawn = new ArrayList<>();
            double total = 0;
            for (Question q : QuestionDraw.draw(quiz, random)) {
                Answer answer = random.nextDouble() < ability ? right(q) : wrong(q, random);
                double score = Grader.score(q, answer);
                total += score;
                List<String> optionOrder = q.options().stream().map(Option::id).toList();
                List<Integer> itemOrder = IntStream.range(0, q.items().size()).boxed().toList();
                drawn.add(new AttemptContent.Drawn(q, optionOrder, itemOrder, answer, Instant.EPOCH, score));
            }
            int questions = drawn.size();
            double percent = questions == 0 ? 0 : Math.round(total / questions * 1000) / 10.0;
            out.add(new Sample(new AttemptContent(List.copyOf(drawn)).toJson(), questions, total, percent));
        }
        return out;
    }

    private static Answer right(Question q) {
        return switch (q.type()) {
            case SINGLE, IMAGE_CHOICE -> Answer.choice(q.options().stream().filter(Option::correct)
                    .findFirst().map(Option::id).orElse("?"));
            case MULTIPLE -> Answer.choices(q.options().stream().filter(Option::correct).map(Option::id)
                    .toList());
            case TRUE_FALSE -> Answer.truth(Boolean.TRUE.equals(q.answer()));
            case ORDERING -> Answer.order(IntStream.range(0, q.items().size()).boxed().toList());
            case NUMERIC -> Answer.number(q.number() == null ? 0 : q.number());
            case LANDMARK -> Answer.points(Map.of());
        };
    }

    private static Answer wrong(Question q, Random random) {
        return switch (q.type()) {
            case SINGLE, IMAGE_CHOICE, MULTIPLE -> {
                List<Option> wrong = q.options().stream().filter(o -> !o.correct()).toList();
                yield wrong.isEmpty() ? Answer.choices(List.of())
                        : Answer.choice(wrong.get(random.nextInt(wrong.size())).id());
            }
            case TRUE_FALSE -> Answer.truth(!Boolean.TRUE.equals(q.answer()));
            case ORDERING -> {
                List<Integer> order = new ArrayList<>(IntStream.range(0, q.items().size()).boxed().toList());
                java.util.Collections.reverse(order);
                yield Answer.order(order);
            }
            case NUMERIC -> Answer.number((q.number() == null ? 0 : q.number()) * 3 + 7);
            case LANDMARK -> Answer.points(Map.of());
        };
    }
}
