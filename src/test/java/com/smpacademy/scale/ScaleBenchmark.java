package com.smpacademy.scale;

import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseService;
import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scale benchmark (not part of the normal test run; {@code bash bench/scale.sh} runs it): seeds an academy of
 * {@code -Dscale} (default 1.0: 10,000 trainees …) into the database the script points it at, then prints p50/p95
 * server time and statements per view as each role's typical user. Figures only: nothing here is asserted (the
 * statement counts are asserted at two sizes by {@link ScaleStatementCountTest}).
 */
@Tag("scale")
@SpringBootTest(properties = {"academy.demo-data=true", "logging.level.org.hibernate=warn"})
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
class ScaleBenchmark {

    @Autowired ApplicationContext ctx;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired CourseService courses;
    @Autowired PasswordEncoder encoder;

    @Test
    void printsServerTimeAndStatementsPerViewAtAcademyScale() {
        double scale = Double.parseDouble(System.getProperty("scale", "1.0"));
        Course course = courses.findCourse("smp-practitioner").orElseThrow();
        ScaleData.Size size = ScaleData.Size.of(scale);
        String db = System.getProperty("bench.db", "h2");
        String scaleKey = Double.toString(scale);
        // -Dscale.reuse=true (KEEP=1 in bench/scale.sh): measure the academy an earlier run seeded here again
        ScaleData.Seeded seeded = Boolean.getBoolean("scale.reuse")
                ? ScaleData.remembered(jdbc, scaleKey, size).orElse(null) : null;
        if (seeded == null) {
            seeded = ViewProbes.timed("seeded " + size, () ->
                    new ScaleData(jdbc, tx).seed(size, course, encoder.encode("correct-horse-42")));
            ScaleData.remember(jdbc, scaleKey, seeded);
        } else {
            System.out.println("[scale] reusing the academy seeded earlier in this database: " + size);
        }
        ViewProbes probes = new ViewProbes(ctx);
        Map<String, ViewProbes.Figure> figures = probes.measure(probes.probes(seeded, course),
                Integer.getInteger("warmup", 5), Integer.getInteger("runs", 30));
        System.out.println(ViewProbes.table("Scale benchmark on " + db + " (scale " + scale + ": " + size + ")",
                figures));
    }
}
