package com.smpacademy.quiz;

import com.smpacademy.course.CourseModel.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions of one attempt as drawn (a full snapshot, so editing the bank later changes nothing here), the
 * order options and items were shown in, and the answers and points. Stored as JSON in the attempt's row.
 */
record AttemptContent(List<Drawn> questions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One drawn question. {@code optionOrder}: option ids in display order; {@code itemOrder}: item numbers in the
     * shuffled order the trainee first sees; {@code answeredAt}: when the last answer was saved.
     */
    record Drawn(Question question, List<String> optionOrder, List<Integer> itemOrder, @Nullable Answer answer,
                 @Nullable Instant answeredAt, @Nullable Double points) {

        Drawn answered(Answer newAnswer, Instant at) {
            return new Drawn(question, optionOrder, itemOrder, newAnswer, at, points);
        }

        Drawn graded(double score) {
            return new Drawn(question, optionOrder, itemOrder, answer, answeredAt, score);
        }
    }

    AttemptContent with(int index, Drawn drawn) {
        List<Drawn> copy = new ArrayList<>(questions);
        copy.set(index, drawn);
        return new AttemptContent(List.copyOf(copy));
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static AttemptContent fromJson(String json) {
        return JSON.readValue(json, AttemptContent.class);
    }
}
