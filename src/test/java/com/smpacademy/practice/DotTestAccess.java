package com.smpacademy.practice;

import com.smpacademy.dotanalysis.CardLayout;
import com.smpacademy.dotanalysis.SyntheticCardPhoto;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs the background dot analysis to completion, for tests in other packages. */
public final class DotTestAccess {

    private DotTestAccess() {
    }

    /** Analyses what is waiting and waits (at most 60 s) until no analysis is pending or running. */
    public static void analyseAll(ApplicationContext ctx) {
        PhotoAnalysisQueue queue = ctx.getBean(PhotoAnalysisQueue.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            queue.runWaitingNow();
            Integer open = jdbc.queryForObject("select count(*) from practice_photo_analysis where status <> 'DONE'",
                    Integer.class);
            if (open == null || open == 0) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A JPEG of the practice card with a clean dot grid. */
    public static byte[] cardPhoto() {
        return SyntheticCardPhoto.of(CardLayout.STICKER, SyntheticCardPhoto.grid(CardLayout.STICKER, 1.5, 0.45,
                0.08, 11)).size(1024, 768).blur(0.8).noise(2).renderJpeg(90);
    }
}
