package com.smpacademy.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A version of a course pack the app has loaded, identified by the hash of its files. */
@Entity
@Table(name = "course_version")
class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(nullable = false)
    private int version;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private String source;

    @Column(name = "first_loaded", nullable = false)
    private Instant firstLoaded;

    protected CourseVersion() {
        this("", 0, "", "", Instant.EPOCH);
    }

    CourseVersion(String courseId, int version, String contentHash, String source, Instant firstLoaded) {
        this.courseId = courseId;
        this.version = version;
        this.contentHash = contentHash;
        this.source = source;
        this.firstLoaded = firstLoaded;
    }
}
