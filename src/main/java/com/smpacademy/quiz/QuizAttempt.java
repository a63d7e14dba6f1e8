package com.smpacademy.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One attempt at a module's quiz, from start to grade. */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    enum Status { IN_PROGRESS, SUBMITTED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "bank_hash", nullable = false)
    private String bankHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private @Nullable Instant deadline;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    private @Nullable Double points;

    @Column(name = "score_percent")
    private @Nullable Double scorePercent;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    private @Nullable Boolean passed;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "open_slot")
    private @Nullable Short openSlot;

    @Version
    private long version;

    protected QuizAttempt() {
        this(0, "", "", "", Instant.EPOCH, null, 0, 0, "{}");
    }

    QuizAttempt(long userId, String courseId, String moduleId, String bankHash, Instant startedAt,
                @Nullable Instant deadline, int questionCount, int passMark, String content) {
        this.userId = userId;
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.bankHash = bankHash;
        this.status = Status.IN_PROGRESS;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.questionCount = questionCount;
        this.passMark = passMark;
        this.content = content;
        this.openSlot = 1;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Attempt not saved yet");
        }
        return id;
    }

    long userId() { return userId; }
    String courseId() { return courseId; }
    String moduleId() { return moduleId; }
    Status status() { return status; }
    Instant startedAt() { return startedAt; }
    @Nullable Instant deadline() { return deadline; }
    @Nullable Instant submittedAt() { return submittedAt; }
    int questionCount() { return questionCount; }
    @Nullable Double scorePercent() { return scorePercent; }
    int passMark() { return passMark; }
    boolean passed() { return Boolean.TRUE.equals(passed); }
    String content() { return content; }

    boolean isOpen() {
        return status == Status.IN_PROGRESS;
    }

    /** Past its deadline (an attempt without a time limit never is). */
    boolean isOverdue(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    void saveContent(String json) {
        this.content = json;
    }

    void close(Status closedAs, Instant at, String gradedContent, double totalPoints) {
        this.status = closedAs;
        this.submittedAt = at;
        this.content = gradedContent;
        this.points = totalPoints;
        this.scorePercent = questionCount == 0 ? 0 : Math.round(totalPoints / questionCount * 1000) / 10.0;
        this.passed = scorePercent >= passMark;
        this.openSlot = null;
    }
}
