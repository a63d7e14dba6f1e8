package com.smpacademy.quiz;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a trainee answered to one question. Only the part for the question's type is set: {@code choice} (single,
 * image-choice), {@code choices} (multiple), {@code truth} (true-false), {@code order} (ordering: the item numbers
 * as the trainee arranged them, numbering the items in the order the bank lists them), {@code number} (numeric),
 * {@code points} (landmark: a point per landmark id, in the image's viewBox units).
 */
public record Answer(@Nullable String choice, @Nullable List<String> choices, @Nullable Boolean truth,
                     @Nullable List<Integer> order, @Nullable Double number, @Nullable Map<String, Point> points) {

    public record Point(double x, double y) {
    }

    public static Answer choice(String optionId) {
        return new Answer(optionId, null, null, null, null, null);
    }

    public static Answer choices(List<String> optionIds) {
        return new Answer(null, List.copyOf(optionIds), null, null, null, null);
    }

    public static Answer truth(boolean value) {
        return new Answer(null, null, value, null, null, null);
    }

    public static Answer order(List<Integer> itemNumbers) {
        return new Answer(null, null, null, List.copyOf(itemNumbers), null, null);
    }

    public static Answer number(double value) {
        return new Answer(null, null, null, null, value, null);
    }

    public static Answer points(Map<String, Point> placed) {
        return new Answer(null, null, null, null, null, Map.copyOf(placed));
    }

    /** True when nothing was answered. */
    public boolean isEmpty() {
        return choice == null && (choices == null || choices.isEmpty()) && truth == null
                && (order == null || order.isEmpty()) && number == null && (points == null || points.isEmpty());
    }
}
