package com.smpacademy.quiz;

import java.time.Instant;

/**
 * A quiz attempt was graded (submitted, or closed at its deadline). Published inside the grading transaction.
 *
 * @param scorePercent the score in percent, 0–100
 */
public record QuizAttemptGraded(long attemptId, long userId, String courseId, String moduleId, double scorePercent,
                                int passMark, boolean passed, Instant gradedAt) {
}
