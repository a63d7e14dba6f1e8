package com.smpacademy.notification;

import com.smpacademy.practice.PracticeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instructors' daily digest: one message per instructor whose review queue holds entries, nothing for an
 * empty queue, at most one per instructor and day (a second run, or a second node, sends nothing more).
 */
@Component
public class ReviewDigest {

    private final PracticeService practice;
    private final NotificationService notifications;
    private final MessageTemplates templates;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReviewDigest(PracticeService practice, NotificationService notifications, MessageTemplates templates,
                 TransactionTemplate tx, Clock clock) {
        this.practice = practice;
        this.notifications = notifications;
        this.templates = templates;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${academy.practice.digest-cron:0 0 7 * * *}", zone = "UTC")
    // held at least a few minutes, also when the run took milliseconds: the other nodes fire the same cron a
    // moment later (their clocks differ a little) and must find it still taken, not free again
    @SchedulerLock(name = "practice-review-digest", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${academy.jobs.lock-at-least-for:PT5M}")
    public void daily() {
        run();
    }

    /** Sends today's digests; returns how many were written. */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int sent = 0;
        for (PracticeService.Waiting w : practice.waitingByInstructor()) {
            Boolean written = tx.execute(s -> notifications.send(
                    templates.reviewDigest(w.instructorId(), w.entries(), w.oldestSubmittedAt(), today)));
            if (Boolean.TRUE.equals(written)) {
                sent++;
            }
        }
        return sent;
    }
}
