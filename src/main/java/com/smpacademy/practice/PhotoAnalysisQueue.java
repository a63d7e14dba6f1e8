package com.smpacademy.practice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import com.smpacademy.dotanalysis.DotAnalysis;
import com.smpacademy.dotanalysis.DotAnalyzer;
import jakarta.annotation.PreDestroy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the dot analysis of uploaded photos in the background: after the upload commits (so it never slows or
 * fails an upload), on a small bounded pool. What the pool cannot take, and what a restart or a crashed node left
 * behind, the periodic pick-up finds in the table: every photo's analysis row is written with the upload, and a
 * node claims it with one conditional update, so two nodes never analyse the same photo.
 */
@Component
class PhotoAnalysisQueue {

    private static final Logger log = LoggerFactory.getLogger(PhotoAnalysisQueue.class);
    /** A claim older than this is taken to be from a node that died mid-analysis. */
    static final Duration STALE = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 3;

    private final PhotoAnalysisRepository analyses;
    private final PracticePhotoRepository photos;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DotAnalyzer analyzer = new DotAnalyzer();
    private final ThreadPoolExecutor pool;

    PhotoAnalysisQueue(PhotoAnalysisRepository analyses, PracticePhotoRepository photos, TransactionTemplate tx,
                       Clock clock, @Value("${academy.dots.threads:1}") int threads) {
        this.analyses = analyses;
        this.photos = photos;
        this.tx = tx;
        this.clock = clock;
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(32),
                r -> {
                    Thread t = new Thread(r, "dot-analysis");
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void photoAdded(PracticePhotoAdded event) {
        submit(event.photoId());
    }

    /** Picks up analyses still waiting: after a restart, after a full pool, after a node died. */
    @Scheduled(initialDelayString = "${academy.dots.pickup-initial-ms:15000}",
            fixedDelayString = "${academy.dots.pickup-ms:60000}")
    @SchedulerLock(name = "dots-pickup", lockAtMostFor = "PT5M")
    void pickUp() {
        int room = pool.getQueue().remainingCapacity();
        if (room == 0) {
            return;
        }
        List<Long> waiting = analyses.waiting(now().minus(STALE), PageRequest.of(0, room));
        waiting.forEach(this::submit);
    }

    private void submit(long photoId) {
        try {
            pool.execute(() -> runOne(photoId));
        } catch (RejectedExecutionException full) {
            log.debug("Dot analysis pool full; photo {} waits for the pick-up", photoId);
        }
    }

    /** Analyses every waiting photo now, in the caller's thread (tests, and the demo data at start-up). */
    void runWaitingNow() {
        for (long id : analyses.waiting(now().minus(STALE), PageRequest.of(0, 1000))) {
            runOne(id);
        }
    }

    void runOne(long photoId) {
        Integer claimed = tx.execute(s -> analyses.claim(photoId, now(), now().minus(STALE)));
        if (claimed == null || claimed == 0) {
            return;
        }
        byte[] bytes = tx.execute(s -> photos.findById(photoId).map(PracticePhoto::image).orElse(null));
        DotAnalysis result;
        try {
            BufferedImage image = bytes == null ? null : ImageIO.read(new ByteArrayInputStream(bytes));
            result = image == null ? DotAnalysis.unreadable() : analyzer.analyze(image);
        } catch (Exception | OutOfMemoryError e) {
            log.warn("Dot analysis of photo {} failed", photoId, e);
            int attempts = tx.execute(s -> analyses.findById(photoId).map(PhotoAnalysis::attempts).orElse(0));
            if (attempts < MAX_ATTEMPTS) {
                tx.executeWithoutResult(s -> analyses.findById(photoId).ifPresent(PhotoAnalysis::release));
                return;
            }
            result = DotAnalysis.unreadable();
        }
        DotAnalysis done = result;
        tx.executeWithoutResult(s -> analyses.findById(photoId).ifPresent(a -> a.record(done, now())));
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
