package com.smpacademy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Where a trainee last was in a course, so "Continue" takes them back there. */
@Entity
@Table(name = "course_place")
class CoursePlace {

    @Embeddable
    record Key(@Column(name = "user_id") long userId, @Column(name = "course_id") String courseId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    protected CoursePlace() {
        this(new Key(0, ""), "", "", Instant.EPOCH);
    }

    CoursePlace(Key key, String moduleId, String lessonId, Instant visitedAt) {
        this.key = key;
        this.moduleId = moduleId;
        this.lessonId = lessonId;
        this.visitedAt = visitedAt;
    }

    String courseId() { return key.courseId(); }
    String moduleId() { return moduleId; }
    String lessonId() { return lessonId; }

    void moveTo(String module, String lesson, Instant now) {
        this.moduleId = module;
        this.lessonId = lesson;
        this.visitedAt = now;
    }
}
