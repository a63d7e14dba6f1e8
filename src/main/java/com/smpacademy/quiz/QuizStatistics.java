package com.smpacademy.quiz;

import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.QuestionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a quiz and each of its questions perform, from graded attempts.
 * <ul>
 * <li>facility: the mean score on the question (1 = everybody right);</li>
 * <li>discrimination (upper–lower 27%): attempts are ranked by total score; the mean score on the question in the
 * top 27% minus that in the bottom 27% (at least one attempt each). Near 0 or negative means strong and weak
 * trainees do equally well, i.e. the question does not measure what the quiz measures. Unknown (null) where the
 * question was not drawn in both groups;</li>
 * <li>the most-chosen wrong answer, for choice, true/false and numeric questions.</li>
 * </ul>
 */
public record QuizStatistics(String courseId, String moduleId, String title, int attempts, int trainees,
                             double passRate, double meanScore, double medianScore, List<QuestionStats> questions,
                             List<ObjectiveStats> objectives) {

    public record QuestionStats(String questionId, String text, String type, int timesDrawn, double facility,
                                @Nullable Double discrimination, @Nullable String commonWrongAnswer,
                                int commonWrongCount, @Nullable String objective) {

        public QuestionStats(String questionId, String text, String type, int timesDrawn, double facility,
                             @Nullable Double discrimination, @Nullable String commonWrongAnswer,
                             int commonWrongCount) {
            this(questionId, text, type, timesDrawn, facility, discrimination, commonWrongAnswer, commonWrongCount,
                    null);
        }
    }

    /**
     * Results for one learning objective: the questions that assess it (as drawn), how often they were answered and
     * the share of marks earned on them, so a weak topic shows as a topic. {@code objectiveId} is null for questions
     * tied to no objective.
     */
    public record ObjectiveStats(@Nullable String objectiveId, String text, @Nullable String lessonTitle,
                                 int questions, int timesAnswered, double facility, @Nullable String weakestQuestion) {
    }

    /** What the statistics say about an objective: its text and the lesson that teaches it. */
    public record ObjectiveInfo(String text, String lessonTitle) {
    }

    /** One graded attempt: who, the score in percent, and each drawn question with the answer and its points. */
    record Graded(long userId, double scorePercent, boolean passed, List<AttemptContent.Drawn> drawn) {
    }

    static QuizStatistics compute(String courseId, String moduleId, String title, List<Graded> attempts) {
        return compute(courseId, moduleId, title, attempts, Map.of(), Map.of());
    }

    /**
     * {@code objectives}: the module's objectives by id, in teaching order; {@code currentObjective}: the objective
     * each question of the current bank names, for attempts drawn before questions named one.
     */
    static QuizStatistics compute(String courseId, String moduleId, String title, List<Graded> attempts,
                                  Map<String, ObjectiveInfo> objectives, Map<String, String> currentObjective) {
        int n = attempts.size();
        double mean = attempts.stream().mapToDouble(Graded::scorePercent).average().orElse(0);
        double[] sorted = attempts.stream().mapToDouble(Graded::scorePercent).sorted().toArray();
        double median = n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double passRate = n == 0 ? 0 : attempts.stream().filter(Graded::passed).count() / (double) n;
        int trainees = (int) attempts.stream().map(Graded::userId).distinct().count();

        List<Graded> ranked = new ArrayList<>(attempts);
        ranked.sort(Comparator.comparingDouble(Graded::scorePercent));
        int group = n == 0 ? 0 : Math.max(1, (int) Math.round(n * 0.27));
        List<Graded> lower = ranked.subList(0, Math.min(group, n));
        List<Graded> upper = ranked.subList(Math.max(0, n - group), n);

        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, List<Double>> points = new HashMap<>();
        Map<String, Map<String, Integer>> wrong = new HashMap<>();
        for (Graded g : attempts) {
            for (AttemptContent.Drawn d : g.drawn()) {
                String id = d.question().id();
                questions.putIfAbsent(id, d.question());
                points.computeIfAbsent(id, k -> new ArrayList<>()).add(d.points() == null ? 0 : d.points());
                for (String w : wrongAnswers(d)) {
                    wrong.computeIfAbsent(id, k -> new HashMap<>()).merge(w, 1, Integer::sum);
                }
            }
        }
        List<QuestionStats> stats = new ArrayList<>();
        for (Question q : questions.values()) {
            List<Double> p = points.get(q.id());
            double facility = p.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            Double up = meanOn(upper, q.id());
            Double low = meanOn(lower, q.id());
            Double discrimination = up == null || low == null || group == 0 ? null : up - low;
            Map.Entry<String, Integer> common = wrong.getOrDefault(q.id(), Map.of()).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .orElse(null);
            String objective = q.objective() != null ? q.objective() : currentObjective.get(q.id());
            stats.add(new QuestionStats(q.id(), q.text(), q.type().yaml(), p.size(), facility, discrimination,
                    common == null ? null : common.getKey(), common == null ? 0 : common.getValue(), objective));
        }
        List<ObjectiveStats> byObjective = byObjective(stats, points, objectives);
        // worst first: the least discriminating, then the hardest
        stats.sort(Comparator.comparing((QuestionStats s) -> s.discrimination() == null ? Double.MAX_VALUE
                : s.discrimination()).thenComparingDouble(QuestionStats::facility));
        return new QuizStatistics(courseId, moduleId, title, n, trainees, passRate, mean, median,
                List.copyOf(stats), byObjective);
    }

    /** Weakest objective first; objectives no attempt has reached yet are listed last, with no figures. */
    private static List<ObjectiveStats> byObjective(List<QuestionStats> stats, Map<String, List<Double>> points,
                                                    Map<String, ObjectiveInfo> objectives) {
        Map<String, List<QuestionStats>> grouped = new LinkedHashMap<>();
        objectives.keySet().forEach(id -> grouped.put(id, new ArrayList<>()));
        for (QuestionStats s : stats) {
            grouped.computeIfAbsent(s.objective() == null ? "" : s.objective(), k -> new ArrayList<>()).add(s);
        }
        List<ObjectiveStats> out = new ArrayList<>();
        grouped.forEach((id, questions) -> {
            if (id.isEmpty() && questions.isEmpty()) {
                return;
            }
            List<Double> all = questions.stream().flatMap(q -> points.get(q.questionId()).stream()).toList();
            ObjectiveInfo info = objectives.get(id);
            String weakest = questions.stream().min(Comparator.comparingDouble(QuestionStats::facility))
                    .map(QuestionStats::questionId).orElse(null);
            out.add(new ObjectiveStats(id.isEmpty() ? null : id, id.isEmpty() ? "(questions tied to no objective)"
                    : info == null ? id : info.text(), info == null ? null : info.lessonTitle(), questions.size(),
                    all.size(), all.stream().mapToDouble(Double::doubleValue).average().orElse(0), weakest));
        });
        out.sort(Comparator.comparing((ObjectiveStats o) -> o.timesAnswered() == 0)
                .thenComparingDouble(ObjectiveStats::facility));
        return List.copyOf(out);
    }

    private static @Nullable Double meanOn(List<Graded> group, String questionId) {
        List<Double> values = new ArrayList<>();
        for (Graded g : group) {
            for (AttemptContent.Drawn d : g.drawn()) {
                if (d.question().id().equals(questionId)) {
                    values.add(d.points() == null ? 0 : d.points());
                }
            }
        }
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The wrong answers within one answered question, described as an instructor would read them. */
    private static List<String> wrongAnswers(AttemptContent.Drawn d) {
        Question q = d.question();
        Answer a = d.answer();
        if (a == null) {
            return List.of();
        }
        Set<String> correct = q.options().stream().filter(Option::correct).map(Option::id)
                .collect(Collectors.toSet());
        return switch (q.type()) {
            case SINGLE, IMAGE_CHOICE -> a.choice() != null && !correct.contains(a.choice())
                    ? List.of(optionLabel(q, a.choice())) : List.of();
            case MULTIPLE -> a.choices() == null ? List.of() : a.choices().stream()
                    .filter(id -> !correct.contains(id)).map(id -> optionLabel(q, id)).toList();
            case TRUE_FALSE -> a.truth() != null && !a.truth().equals(q.answer())
                    ? List.of(a.truth() ? "True" : "False") : List.of();
            case NUMERIC -> a.number() != null && Grader.score(q, a) == 0
                    ? List.of(String.format(Locale.ROOT, "%s", trim(a.number()))) : List.of();
            case ORDERING, LANDMARK -> List.of();
        };
    }

    private static String optionLabel(Question q, String id) {
        return q.options().stream().filter(o -> o.id().equals(id)).findFirst()
                .map(o -> id + ") " + (o.text().isBlank() ? "(image)" : o.text())).orElse(id);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The figures as CSV for a spreadsheet, worst questions first. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append("quiz,attempts,trainees,pass_rate,mean_score,median_score\n");
        sb.append(csv(title)).append(',').append(attempts).append(',').append(trainees).append(',')
                .append(fmt(passRate)).append(',').append(fmt(meanScore)).append(',').append(fmt(medianScore))
                .append("\n\n");
        if (!objectives.isEmpty()) {
            sb.append("objective_id,objective,lesson,questions,times_answered,facility\n");
            for (ObjectiveStats o : objectives) {
                sb.append(csv(o.objectiveId() == null ? "" : o.objectiveId())).append(',').append(csv(o.text()))
                        .append(',').append(csv(o.lessonTitle() == null ? "" : o.lessonTitle())).append(',')
                        .append(o.questions()).append(',').append(o.timesAnswered()).append(',')
                        .append(fmt(o.facility())).append('\n');
            }
            sb.append('\n');
        }
        sb.append("question_id,type,times_drawn,facility,discrimination,most_chosen_wrong_answer,times_chosen,"
                + "question,objective\n");
        for (QuestionStats s : questions) {
            sb.append(csv(s.questionId())).append(',').append(s.type()).append(',').append(s.timesDrawn())
                    .append(',').append(fmt(s.facility())).append(',')
                    .append(s.discrimination() == null ? "" : fmt(s.discrimination())).append(',')
                    .append(csv(s.commonWrongAnswer() == null ? "" : s.commonWrongAnswer())).append(',')
                    .append(s.commonWrongCount()).append(',').append(csv(s.text())).append(',')
                    .append(csv(s.objective() == null ? "" : s.objective())).append('\n');
        }
        return sb.toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String csv(@Nullable String value) {
        return com.smpacademy.common.Csv.cell(value);
    }
}
