package com.smpacademy.practice;

/**
 * The review rubric, each criterion scored 1 (poor) to 5 (excellent): depth consistency; dot size and uniformity;
 * spacing and density; hairline shape and symmetry, or scar blending; hygiene and technique.
 */
public record Rubric(int depth, int dots, int spacing, int shape, int hygiene) {

    public double average() {
        return (depth + dots + spacing + shape + hygiene) / 5.0;
    }

    boolean valid() {
        return java.util.stream.IntStream.of(depth, dots, spacing, shape, hygiene).allMatch(s -> s >= 1 && s <= 5);
    }
}
