package com.smpacademy.course;

import java.time.Instant;

/** A trainee marked a lesson as done. Published inside the transaction that records it. */
public record LessonCompleted(long userId, String courseId, String moduleId, String lessonId, Instant occurredAt) {
}
