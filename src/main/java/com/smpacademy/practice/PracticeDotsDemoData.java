package com.smpacademy.practice;

import com.smpacademy.dotanalysis.CardLayout;
import com.smpacademy.dotanalysis.SyntheticCardPhoto;
import com.smpacademy.dotanalysis.SyntheticCardPhoto.TrueDot;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo practice work with measured dots (with {@code academy.demo-data=true}): the demo trainee has two approved
 * synthetic-skin entries and one waiting for review, each with a generated photo of the practice card, so the
 * figures, the overlay and the dashboard trend show at first start. The photos are analysed by the background
 * queue like any upload.
 */
@Component
@Order(40)
class PracticeDotsDemoData implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PracticePhotoRepository photos;
    private final PhotoAnalysisRepository analyses;
    private final Clock clock;
    private final boolean demoData;

    PracticeDotsDemoData(JdbcTemplate jdbc, TransactionTemplate tx, PracticePhotoRepository photos,
                         PhotoAnalysisRepository analyses, Clock clock,
                         @Value("${academy.demo-data:true}") boolean demoData,
                         @Value("${academy.dots.demo-photos:true}") boolean demoPhotos) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.photos = photos;
        this.analyses = analyses;
        this.clock = clock;
        this.demoData = demoData && demoPhotos;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        List<Long> trainee = jdbc.queryForList("select id from user_account where email = ?", Long.class,
                "trainee@academy.test");
        if (trainee.isEmpty() || jdbc.queryForObject("select count(*) from practice_entry where trainee_id = ? "
                + "and notes like 'Demo: practice card%'", Integer.class, trainee.get(0)) > 0) {
            return;
        }
        long traineeId = trainee.get(0);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // rendering the photos takes seconds: done beside the start-up, not in its way
        Thread maker = new Thread(() -> {
            entry(traineeId, today.minusDays(20), "APPROVED", "NEEDLE_DEPTH", 0.22, 1);
            entry(traineeId, today.minusDays(9), "APPROVED", "NEEDLE_DEPTH", 0.14, 2);
            entry(traineeId, today.minusDays(1), "SUBMITTED", "DENSITY_FILL", 0.08, 3);
        }, "dots-demo-data");
        maker.setDaemon(true);
        maker.start();
    }

    private void entry(long traineeId, LocalDate date, String status, String skill, double sizeJitter, long seed) {
        boolean fill = skill.equals("DENSITY_FILL");
        List<TrueDot> dots = SyntheticCardPhoto.grid(CardLayout.PRACTICE_CARD, fill ? 1.2 : 1.6, fill ? 0.5 : 0.45,
                sizeJitter, seed);
        if (fill) {
            // two blow-outs for the demo: one spread large, one with a halo
            dots = new java.util.ArrayList<>(dots);
            TrueDot a = dots.get(dots.size() / 3);
            TrueDot b = dots.get(dots.size() * 2 / 3);
            dots.set(dots.size() / 3, new TrueDot(a.xMm(), a.yMm(), a.diameterMm() * 2, false));
            dots.set(dots.size() * 2 / 3, new TrueDot(b.xMm(), b.yMm(), b.diameterMm(), true));
        }
        byte[] jpeg = SyntheticCardPhoto.of(CardLayout.PRACTICE_CARD, dots).size(1600, 1200).tilt(8).turn(-3)
                .photographic().blur(0.9).noise(3).lighting(0.2).seed(seed).renderJpeg(88);
        PhotoProcessor.Processed processed = PhotoProcessor.process("practice-card.jpg", jpeg);
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(date.atTime(18, 0).toInstant(ZoneOffset.UTC));
        tx.executeWithoutResult(s -> {
            jdbc.update("""
                    insert into practice_entry (trainee_id, practice_date, minutes, setting, skill, needle_grouping,
                      needle_diameter_mm, pigment, dilution, area, notes, status, submitted_at, decided_at,
                      created_at, updated_at, version)
                    values (?, ?, 90, 'SYNTHETIC_SKIN', ?, '3RL', 0.30, 'Carbon black', '1:3', 'Practice card',
                      'Demo: practice card photo, measured by the dot analysis', ?, ?, ?, ?, ?, 0)
                    """, traineeId, Date.valueOf(date), skill, status, at,
                    status.equals("APPROVED") ? at : null, at, at);
            long entryId = jdbc.queryForObject("select max(id) from practice_entry where trainee_id = ?", Long.class,
                    traineeId);
            long photoId = photos.save(new PracticePhoto(entryId, processed, now)).id();
            analyses.save(new PhotoAnalysis(photoId, now));
            if (status.equals("APPROVED")) {
                List<Long> instructor = jdbc.queryForList("select id from user_account where email = ?", Long.class,
                        "instructor@academy.test");
                if (!instructor.isEmpty()) {
                    jdbc.update("""
                            insert into practice_review (entry_id, reviewer_id, decision, comment, depth, dots, spacing,
                              shape, hygiene, decided_at) values (?, ?, 'APPROVE', ?, 4, 4, 4, 4, 5, ?)
                            """, entryId, instructor.get(0), "Even depth; keep the dot size steadier.", at);
                }
            }
        });
    }
}
