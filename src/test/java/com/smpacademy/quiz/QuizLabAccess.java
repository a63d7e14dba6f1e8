package com.smpacademy.quiz;

/** Lets view tests in the ui package write the quiz lab course. */
public final class QuizLabAccess {

    private QuizLabAccess() {
    }

    public static String write() {
        return QuizLab.write(5);
    }
}
