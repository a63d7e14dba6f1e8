package com.smpacademy.lti;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.smpacademy.account.CohortService;
import com.smpacademy.certification.CertificateIssued;
import com.smpacademy.course.CourseService;
import com.smpacademy.course.LessonCompleted;
import com.smpacademy.quiz.QuizAttemptGraded;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Assignment and Grade Services 2.0: a graded quiz attempt, a completed module or an issued certificate becomes a
 * score for every resource link that opens it and has a line item, queued in the event's own transaction and posted
 * to {@code <lineitem>/scores} from the outbox ({@link #sendDue()}), with retries.
 */
@Component
class GradePassback {

    private static final Logger log = LoggerFactory.getLogger(GradePassback.class);
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    private final LinkStore links;
    private final ScoreOutbox outbox;
    private final PlatformStore platforms;
    private final PlatformTokens tokens;
    private final LtiHttp http;
    private final CourseService courses;
    private final CohortService cohorts;
    private final TaskExecutor executor;
    final java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();

    GradePassback(LinkStore links, ScoreOutbox outbox, PlatformStore platforms, PlatformTokens tokens, LtiHttp http,
                  CourseService courses, CohortService cohorts, org.springframework.beans.factory.ObjectProvider<TaskExecutor> executors) {
        this.cohorts = cohorts;
        this.executor = executors.getIfUnique(() -> new org.springframework.core.task.SimpleAsyncTaskExecutor("lti-"));
        this.links = links;
        this.outbox = outbox;
        this.platforms = platforms;
        this.tokens = tokens;
        this.http = http;
        this.courses = courses;
    }

    @EventListener
    void on(QuizAttemptGraded e) {
        queue(LtiTarget.quiz(e.courseId(), e.moduleId()), e.userId(), "quiz-attempt:" + e.attemptId(),
                e.scorePercent(), (e.passed() ? "Passed" : "Not passed") + " (pass mark " + e.passMark() + "%)",
                e.gradedAt());
    }

    @EventListener
    void on(LessonCompleted e) {
        if (courses.completedModules(e.userId(), e.courseId()).contains(e.moduleId())) {
            queue(LtiTarget.module(e.courseId(), e.moduleId()), e.userId(),
                    "module:" + e.userId() + ":" + e.courseId() + "/" + e.moduleId(), 100, "Module completed",
                    e.occurredAt());
        }
    }

    @EventListener
    void on(CertificateIssued e) {
        queue(LtiTarget.course(e.courseId()), e.holderId(), "certificate:" + e.code(), 100,
                "Certificate " + e.code() + " issued", e.occurredAt());
    }

    private void queue(LtiTarget target, long accountId, String key, double score, String comment, Instant at) {
        boolean queued = false;
        for (LinkStore.ResourceLink link : links.gradedLinks(target.key())) {
            // a score goes only to the line items of LMS courses the person is in
            if (link.contextPk() != null && links.context(link.contextPk())
                    .map(c -> !cohorts.memberIds(c.cohortId()).contains(accountId)).orElse(true)) {
                continue;
            }
            for (String subject : links.subjects(link.platformId(), accountId)) {
                queued |= outbox.enqueue(key + ":" + link.id(), link.platformId(), link.lineItemUrl(), subject,
                        accountId, score, 100, comment, at);
            }
        }
        if (queued && TransactionSynchronizationManager.isSynchronizationActive()) {
            // a first try right after the commit, so the gradebook updates while the learner looks at it
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(GradePassback.this::sendDue);
                }
            });
        }
    }

    /** Posts what is due; each row separately, so one unreachable LMS does not hold up the others. */
    @Scheduled(fixedDelayString = "${academy.lti.outbox-delay-ms:15000}", initialDelay = 5000)
    @SchedulerLock(name = "lti-score-outbox", lockAtMostFor = "PT10M")
    void sendDue() {
        runs.incrementAndGet();
        for (ScoreOutbox.Entry e : outbox.claimDue(50)) {
            try {
                post(e);
                outbox.sent(e.id());
            } catch (IOException | RuntimeException failure) {
                log.warn("Score {} for line item {} not delivered: {}", e.id(), e.lineItemUrl(), failure.getMessage());
                outbox.failed(e, failure.getMessage() == null ? failure.toString() : failure.getMessage());
            }
        }
    }

    private void post(ScoreOutbox.Entry e) throws IOException {
        LtiPlatform platform = platforms.find(e.platformId())
                .orElseThrow(() -> new IOException("The LMS connection was removed"));
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("timestamp", e.occurredAt().toString());
        score.put("scoreGiven", e.scoreGiven());
        score.put("scoreMaximum", e.scoreMaximum());
        if (e.comment() != null) {
            score.put("comment", e.comment());
        }
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("userId", e.subject());
        String token = tokens.token(platform, LtiClaims.SCOPE_SCORE);
        LtiHttp.Response r = http.postJson(scoresUrl(e.lineItemUrl()), SCORE_TYPE, JSONObjectUtils.toJSONString(score),
                token);
        if (r.status() == 401) {
            tokens.forget(platform);
        }
        if (!r.ok()) {
            throw new IOException("The LMS answered HTTP " + r.status() + ": " + PlatformTokens.abbreviate(r.body()));
        }
    }

    /** AGS 2.0 3.4: the scores endpoint is the line item URL with {@code /scores} added to its path. */
    static String scoresUrl(String lineItem) {
        int q = lineItem.indexOf('?');
        String path = q < 0 ? lineItem : lineItem.substring(0, q);
        return path.replaceAll("/+$", "") + "/scores" + (q < 0 ? "" : lineItem.substring(q));
    }

    List<ScoreOutbox.Entry> unsent() {
        return outbox.unsent();
    }
}
