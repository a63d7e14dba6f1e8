package com.smpacademy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseService;
import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.util.Map;
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
 * Every main view runs the same number of SQL statements whatever the size of the academy: measured at two data
 * sizes (the second three times the first, with more entries, attempts and cohort members behind each user).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:scale-count;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
class ScaleStatementCountTest {

    @Autowired ApplicationContext ctx;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired CourseService courses;
    @Autowired PasswordEncoder encoder;

    @Test
    void eachViewsStatementCountDoesNotGrowWithTheData() {
        Course course = courses.findCourse("smp-practitioner").orElseThrow();
        String hash = encoder.encode("correct-horse-42");
        ViewProbes probes = new ViewProbes(ctx);
        ScaleData.Seeded small = new ScaleData(jdbc, tx).seed(ScaleData.Size.of(0.002), course, hash);
        Map<String, ViewProbes.Figure> a = probes.measure(probes.probes(small, course), 1, 3);
        ScaleData.Seeded large = new ScaleData(jdbc, tx).seed(ScaleData.Size.of(0.006), course, hash);
        Map<String, ViewProbes.Figure> b = probes.measure(probes.probes(large, course), 1, 3);
        System.out.println(ViewProbes.table("statements at scale 0.002", a) + ViewProbes.table("at 0.006", b));
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((view, f) -> assertThat(b.get(view).statements()).as(view).isEqualTo(f.statements()));
    }
}
