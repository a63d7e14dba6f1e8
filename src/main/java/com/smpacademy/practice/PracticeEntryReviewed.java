package com.smpacademy.practice;

import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An instructor decided on a submitted practice entry. Published inside the deciding transaction, so a listener
 * that writes rows (an outbox message, a notification) commits or rolls back with the decision.
 *
 * @param rubricAverage the rubric's average when approved, else null
 * @param comment       the instructor's comment as typed (plain text, not escaped)
 */
public record PracticeEntryReviewed(long entryId, long traineeId, long reviewerId, String reviewerName,
                                    Decision decision, LocalDate sessionDate, int minutes, Setting setting,
                                    Skill skill, @Nullable Double rubricAverage, @Nullable String comment,
                                    Instant decidedAt) {
}
