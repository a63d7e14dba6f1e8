package com.smpacademy.course;

/**
 * One thing wrong with a course pack, where it is: {@code smp-practitioner/03-needle-depth/quiz.yaml:42: message}.
 * The path is relative to the courses folder; line 1 when the problem concerns a whole file.
 */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Integer.compare(line, other.line);
    }
}
