package com.smpacademy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A lesson a trainee marked as done. */
@Entity
@Table(name = "lesson_progress")
class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
        this(0, "", "", "", Instant.EPOCH);
    }

    LessonProgress(long userId, String courseId, String moduleId, String lessonId, Instant completedAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.lessonId = lessonId;
        this.completedAt = completedAt;
    }

    String courseId() { return courseId; }
    String moduleId() { return moduleId; }
    String lessonId() { return lessonId; }
}
